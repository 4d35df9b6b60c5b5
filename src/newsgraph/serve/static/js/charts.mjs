// Draws every Vega-Lite chart on the page: <div class="vega-chart" data-spec="…JSON…">.
// Expressions are evaluated by vega-interpreter, so the page's Content-Security-Policy needs no 'unsafe-eval'.
import { expressionInterpreter } from '../vendor/vega-interpreter.mjs';

const OPTIONS = {
  ast: true,
  expr: expressionInterpreter,
  actions: false,
  renderer: 'svg',
  defaultStyle: false,
  tooltip: { disableDefaultStyle: true },
};

async function draw(element) {
  try {
    const spec = JSON.parse(element.dataset.spec);
    await window.vegaEmbed(element, spec, OPTIONS);
    element.dataset.rendered = 'true';
  } catch (error) {
    element.dataset.error = String(error);
    element.textContent = 'The chart could not be drawn: ' + error.message;
  }
}

function drawAll(root) {
  root.querySelectorAll('.vega-chart[data-spec]:not([data-rendered])').forEach(draw);
}

drawAll(document);
document.body.addEventListener('htmx:afterSwap', (event) => drawAll(event.target));
