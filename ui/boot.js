// Starts the wasm UI. A failure is written on the page: a blank window helps nobody, and WebKit
// does not report module-script rejections anywhere a user can see.
import init from './jol-ui.js';

init({ module_or_path: './jol-ui_bg.wasm' }).catch((e) => {
  console.error(e);
  const p = document.createElement('p');
  p.className = 'boot-error';
  p.textContent = 'Jol could not start: ' + e;
  document.body.appendChild(p);
});
