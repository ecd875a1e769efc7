import { mount } from 'svelte';
import 'kratom-widgets/kratom-status-badge';
import 'kratom-widgets/kratom-law-map';
import App from './App.svelte';

mount(App, { target: document.getElementById('root')! });
