import { createApp } from 'vue';
import 'kratom-widgets/kratom-status-badge';
import 'kratom-widgets/kratom-law-map';
import App from './App.vue';

createApp(App).mount('#root');
