// Template types for every <light-*> tag (props and @light-* listeners), generated from the manifest.
import type {} from 'light-elements/vue';
