// Types only: the elements' attributes, properties and events in Vue templates.
import type {} from 'kratom-widgets/vue';
