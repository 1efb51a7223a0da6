import { mount } from 'svelte';
import App from './App.svelte';
import { createAppState } from './lib/app-state.js';

// window.tls12 comes from the preload (or from a classic script of the browser harness, which
// runs before this deferred module): it is read once, here.
// The start request goes first: main reads the computer and judges it while the page is built.
const api = window.tls12;
const early = api ? api.start() : null;
// Marked handled here: a failure is shown by session.start(), not logged as unhandled before it.
early?.catch(() => undefined);
const target = document.getElementById('app');
if (target) mount(App, { target, props: { app: createAppState(api, early) } });
