// Draws the explorer's charts (ECharts) and graphs (Cytoscape.js) from the JSON each page embeds,
// and exports tables as CSV, charts as PNG or SVG, graphs as PNG.
(function () {
  'use strict';

  const STATUS_COLOURS = { provider: '#2c6fbb', customer: '#c98a12', shared: '#7d55c7', attested: '#12808a', mapped: '#2f9a5b', gap: '#d1343a' };
  const STATUS_LABELS = { provider: 'Provider', customer: 'Customer', shared: 'Shared', attested: 'Attested by an audit', mapped: 'Through a mapping', gap: 'Gap' };
  const GAP_DECAL = { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [3, 3], rotation: -Math.PI / 4, color: 'rgba(255,255,255,0.45)' };
  const NODE_COLOURS = { Framework: '#1f5fa8', Clause: '#e07b39', Control: '#9b6bc0', Party: '#2aa0b8', Topic: '#3f9b52', System: '#c98a12' };
  const charts = {};
  const graphs = {};

  function data(id) {
    return JSON.parse(document.getElementById(id).textContent);
  }

  function go(href) {
    if (href) { window.location.href = href; }
  }

  const chartOptions = {
    // frameworks as rows, one stacked segment per coverage status
    'coverage-bars': function (rows) {
      return {
        aria: { enabled: true },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        legend: { top: 0 },
        grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
        xAxis: { type: 'value', name: 'clauses' },
        yAxis: { type: 'category', inverse: true, data: rows.map(r => r.label) },
        series: Object.keys(STATUS_COLOURS).map(status => ({
          name: STATUS_LABELS[status], type: 'bar', stack: 'coverage',
          itemStyle: { color: STATUS_COLOURS[status], decal: status === 'gap' ? GAP_DECAL : undefined },
          data: rows.map(r => ({ value: r.counts[status], href: r.href }))
        }))
      };
    },
    // chapters holding their clauses, each clause one unit coloured by status
    'coverage-treemap': function (chapters) {
      chapters.forEach(chapter => chapter.children.forEach(clause => {
        clause.itemStyle = { color: STATUS_COLOURS[clause.status], decal: clause.status === 'gap' ? GAP_DECAL : undefined };
        clause.href = '/clauses/' + encodeURIComponent(clause.uid);
      }));
      return {
        aria: { enabled: true, decal: { show: false } },
        // names hold catalog titles, and tooltips are HTML
        tooltip: { formatter: p => echarts.format.encodeHTML(p.data.status ? p.name + ': ' + STATUS_LABELS[p.data.status] : p.name) },
        series: [{
          type: 'treemap', data: chapters, roam: false, nodeClick: false, breadcrumb: { show: false },
          width: '100%', height: '100%', top: 0, left: 0,
          upperLabel: { show: true, height: 20, color: '#fff', overflow: 'truncate' },
          label: { show: true, formatter: '{b}', fontSize: 10 },
          levels: [
            { itemStyle: { borderColor: '#fff', borderWidth: 2, gapWidth: 2 } },
            { itemStyle: { borderColor: '#fff', borderWidth: 1, gapWidth: 1 } }
          ]
        }]
      };
    },
    // per chapter and provider: taken on to the right, left to the customer or unsaid to the left
    'compare-diverging': function (bars) {
      const series = [
        ['provider', 'Covers itself', STATUS_COLOURS.provider], ['shared', 'Shared', STATUS_COLOURS.shared],
        ['customer', 'Left to the customer', STATUS_COLOURS.customer], ['silent', 'Silent', '#8a94a6']];
      return {
        aria: { enabled: true },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: v => Math.abs(v) },
        legend: { top: 0 },
        grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
        xAxis: { type: 'value', name: 'clauses', axisLabel: { formatter: v => Math.abs(v) } },
        yAxis: { type: 'category', inverse: true, data: bars.map(b => b.label) },
        series: series.map(([key, name, colour]) => ({
          name: name, type: 'bar', stack: 'responsibility', itemStyle: { color: colour },
          data: bars.map(b => b[key])
        }))
      };
    },
    // per chapter, who holds a framework's clauses for a system: what its providers take off it first, what is still
    // its own last. The colours are the page's own (CSS custom properties), so bars, figures and badges match.
    'system-holdings': function (chart, element) {
      const style = getComputedStyle(document.documentElement);
      return {
        aria: { enabled: true },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        legend: { top: 0 },
        // the six holdings' legend takes two lines on a phone
        grid: { left: 8, right: 16, top: element.clientWidth < 640 ? 60 : 36, bottom: 8, containLabel: true },
        xAxis: { type: 'value', name: 'clauses', minInterval: 1 },
        yAxis: { type: 'category', inverse: true, data: chart.chapters.map(c => [c.chapter, c.title].filter(Boolean).join(' ')),
          axisLabel: { width: Math.round(Math.min(280, Math.max(90, element.clientWidth * 0.3))), overflow: 'truncate' } },
        series: chart.holdings.map(h => ({
          name: h.label, type: 'bar', stack: 'holding',
          itemStyle: { color: style.getPropertyValue('--holding-' + h.key).trim(), decal: h.key === 'unclaimed' ? GAP_DECAL : undefined },
          data: chart.chapters.map(c => c.totals[h.key])
        }))
      };
    },
    // chapter-to-chapter flows of a crosswalk. Each side's chapters are labelled outside the flows (the
    // starting framework's on the left), by their whole ref and as much of their title as fits the room
    // kept for labels, so that no label runs out of the chart and no two chapters read the same.
    'crosswalk-sankey': function (sankey, element) {
      const labelRoom = Math.round(Math.min(280, Math.max(90, element.clientWidth * 0.3)));
      const headings = {};
      sankey.nodes.forEach(node => {
        headings[node.name] = node.framework + ' ' + node.heading;
        node.label = { position: node.side === 'from' ? 'left' : 'right' };
      });
      return {
        aria: { enabled: true },
        tooltip: { trigger: 'item', formatter: p => echarts.format.encodeHTML(p.dataType === 'edge'
          ? headings[p.data.source] + ' → ' + headings[p.data.target] + ': ' + p.data.value
          : headings[p.name]) },
        series: [{
          type: 'sankey', data: sankey.nodes, links: sankey.links, nodeAlign: 'justify',
          emphasis: { focus: 'adjacency' }, lineStyle: { color: 'gradient', curveness: 0.5, opacity: 0.35 },
          label: { fontSize: 11, width: labelRoom - 8, overflow: 'truncate', formatter: p => p.data.heading },
          left: labelRoom, right: labelRoom, top: 8, bottom: 8
        }]
      };
    }
  };

  function drawChart(element) {
    const chart = echarts.init(element, null, { renderer: 'svg' });
    chart.setOption(chartOptions[element.dataset.chart](data(element.dataset.source), element));
    chart.on('click', params => {
      if (params.data && params.data.href) {
        go(params.data.href);
      } else if (params.dataType === 'edge') {
        element.dispatchEvent(new CustomEvent('link-selected', { detail: params.data, bubbles: true }));
      }
    });
    window.addEventListener('resize', () => chart.resize());
    charts[element.id] = chart;
  }

  // labels beside the nodes, so that the edges between layers stay clear for their own labels
  const LAYERED_STYLE = [
    { selector: 'node', style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-x': 6, 'text-max-width': 240,
      'font-size': 11 } },
    { selector: 'edge', style: { 'font-size': 10, 'text-background-color': '#fff', 'text-background-opacity': 1,
      'text-background-padding': 2 } }
  ];

  // A directed acyclic graph in layers, top-down, each node one below the lowest node that points to it (a chain of
  // providers: a provider that two parties of the chain build on sits below both). Breadthfirst's `maximal` option
  // would do this but fails on such a diamond in Cytoscape 3.33.
  function layered(cy) {
    const level = {};
    cy.nodes().forEach(n => { level[n.id()] = 0; });
    cy.nodes().forEach(() => cy.edges().forEach(e => {
      level[e.target().id()] = Math.max(level[e.target().id()], level[e.source().id()] + 1);
    }));
    const rows = {};
    cy.nodes().forEach(n => (rows[level[n.id()]] = rows[level[n.id()]] || []).push(n.id()));
    return { name: 'preset', fit: true, padding: 30, animate: false, positions: n => {
      const row = rows[level[n.id()]];
      return { x: (row.indexOf(n.id()) - (row.length - 1) / 2) * 340, y: level[n.id()] * 110 };
    } };
  }

  function drawGraph(element) {
    const layers = element.dataset.layout === 'layers';
    const cy = cytoscape({
      container: element,
      elements: data(element.dataset.source),
      wheelSensitivity: 0.3,
      maxZoom: 1.3,
      style: [
        { selector: 'node', style: {
          'background-color': n => NODE_COLOURS[n.data('label')] || '#8a94a6', 'label': 'data(caption)',
          'font-size': 9, 'text-wrap': 'wrap', 'text-max-width': 110, 'width': 22, 'height': 22,
          'text-valign': 'bottom', 'text-margin-y': 3, 'color': '#1d2430' } },
        { selector: 'node[href]', style: { 'border-width': 2, 'border-color': '#16243a' } },
        { selector: 'edge', style: {
          'width': 1.5, 'line-color': '#a9b3c3', 'target-arrow-color': '#a9b3c3', 'target-arrow-shape': 'triangle',
          'curve-style': 'bezier', 'label': 'data(caption)', 'font-size': 8, 'color': '#5a6475' } },
        { selector: 'edge[type = "MAPS_TO"]', style: { 'line-color': '#e07b39', 'target-arrow-color': '#e07b39' } }
      ].concat(layers ? LAYERED_STYLE : []),
      layout: { name: 'preset' }
    });
    // the focus (a clause) in the middle with its neighbours around it; layers top-down; paths as trees from where they start
    const focus = element.dataset.focus;
    cy.layout(focus
      ? { name: 'concentric', concentric: n => n.id() === focus ? 2 : 1, levelWidth: () => 1, minNodeSpacing: 70,
          animate: false, padding: 30 }
      : layers ? layered(cy)
      : { name: 'breadthfirst', directed: true, roots: cy.nodes().roots(), spacingFactor: 1.1, animate: false, padding: 20 }).run();
    cy.on('tap', 'node', event => go(event.target.data('href')));
    element.dataset.nodes = cy.nodes().length;
    graphs[element.id] = cy;
  }

  function download(filename, href) {
    const link = document.createElement('a');
    link.href = href;
    link.download = filename;
    document.body.appendChild(link);
    link.click();
    link.remove();
  }

  function downloadText(filename, text, type) {
    const url = URL.createObjectURL(new Blob([text], { type: type }));
    download(filename, url);
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  function svgToPng(svg, width, height, filename) {
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = width * 2;
      canvas.height = height * 2;
      const context = canvas.getContext('2d');
      context.fillStyle = '#fff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      URL.revokeObjectURL(url);
      download(filename, canvas.toDataURL('image/png'));
    };
    image.src = url;
  }

  // spreadsheet programs run cells starting like formulas; a leading quote keeps them text
  function csvCell(text) {
    const safe = /^[=+\-@\t\r]/.test(text) ? "'" + text : text;
    return /[",\n\r]/.test(safe) ? '"' + safe.replace(/"/g, '""') + '"' : safe;
  }

  function tableCsv(table) {
    return Array.from(table.rows)
      .filter(row => !row.hidden)
      .map(row => Array.from(row.cells).map(cell => csvCell(cell.innerText.trim())).join(','))
      .join('\r\n') + '\r\n';
  }

  function exportTarget(button) {
    const target = document.getElementById(button.dataset.target);
    const filename = button.dataset.filename || button.dataset.target;
    const kind = button.dataset.export;
    if (kind === 'csv') {
      downloadText(filename + '.csv', tableCsv(target), 'text/csv;charset=utf-8');
    } else if (graphs[target.id]) {
      download(filename + '.png', graphs[target.id].png({ full: true, bg: '#ffffff', scale: 2 }));
    } else if (kind === 'svg') {
      downloadText(filename + '.svg', charts[target.id].renderToSVGString(), 'image/svg+xml');
    } else {
      svgToPng(charts[target.id].renderToSVGString(), target.clientWidth, target.clientHeight, filename + '.png');
    }
  }

  // crosswalk drill-down: keep only the clause pairs of one chapter-to-chapter flow
  function filterPairs(flow) {
    document.querySelectorAll('tr[data-flow]').forEach(row => {
      row.hidden = flow !== '' && row.dataset.flow !== flow;
    });
    const select = document.getElementById('flow');
    if (select) { select.value = flow; }
    const shown = document.querySelectorAll('tr[data-flow]:not([hidden])').length;
    const counter = document.getElementById('pairs-shown');
    if (counter) { counter.textContent = shown; }
  }

  document.addEventListener('DOMContentLoaded', () => {
    document.querySelectorAll('[data-chart]').forEach(drawChart);
    document.querySelectorAll('[data-graph]').forEach(drawGraph);
    document.querySelectorAll('button[data-export]').forEach(button =>
      button.addEventListener('click', () => exportTarget(button)));
    const flow = document.getElementById('flow');
    if (flow) {
      flow.addEventListener('change', () => filterPairs(flow.value));
      document.addEventListener('link-selected', event => filterPairs(event.detail.source + ' → ' + event.detail.target));
    }
    document.body.dataset.ready = 'true';
  });
})();
