// Types only: the elements' attributes, properties and events in Svelte markup.
import type {} from 'kratom-widgets/svelte';
