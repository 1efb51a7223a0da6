import { mount } from 'svelte';
import App from './App.svelte';
import { createAppState } from './lib/app-state.js';

// window.tls12 comes from the preload (or from a classic script of the browser harness, which
// runs before this deferred module): it is read once, here.
const target = document.getElementById('app');
if (target) mount(App, { target, props: { app: createAppState(window.tls12) } });
