// Draws the actor graph: <div id="actor-graph" data-elements="…cytoscape elements as JSON…">.
// A click on a name opens that entity's page.
(function () {
  'use strict';

  const COLORS = { PERSON: '#264653', ORG: '#e76f51', GPE: '#2a9d8f', NORP: '#e9c46a' };

  function draw() {
    const container = document.getElementById('actor-graph');
    if (!container || !window.cytoscape) {
      return;
    }
    const elements = JSON.parse(container.dataset.elements);
    const cy = window.cytoscape({
      container: container,
      elements: elements,
      style: [
        {
          selector: 'node',
          style: {
            label: 'data(label)',
            'font-size': 10,
            'text-valign': 'bottom',
            'text-margin-y': 2,
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.75,
            'text-background-padding': 1,
            color: '#1d3557',
            'background-color': (node) => COLORS[node.data('type')] || '#8d99ae',
            width: (node) => 10 + 3 * Math.sqrt(node.data('weight')),
            height: (node) => 10 + 3 * Math.sqrt(node.data('weight')),
          },
        },
        {
          selector: 'edge',
          style: {
            width: (edge) => Math.min(0.5 + edge.data('weight') / 2, 8),
            'line-color': '#9fb0c3',
            opacity: (edge) => Math.min(0.15 + edge.data('weight') / 8, 0.8),
            'curve-style': 'haystack',
          },
        },
        { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#e63946' } },
      ],
      layout: {
        name: 'concentric',
        concentric: (node) => node.data('weight'),
        levelWidth: () => 2,
        minNodeSpacing: 34,
        animate: false,
      },
      minZoom: 0.2,
      maxZoom: 1.6,
    });
    cy.on('tap', 'node', (event) => {
      window.location.assign(event.target.data('href'));
    });
    container.dataset.rendered = 'true';
    container.dataset.nodes = String(cy.nodes().length);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
