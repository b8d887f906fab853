// ChatKit's icon names drawn as simple 24-unit line icons. A shape is a path ("d" text) or
// [tag, attributes]; FILLED marks shapes painted solid; KNOCKOUT draws in the surface color.

import { svg } from './dom.js';

const FILLED = { fill: 'currentColor', stroke: 'none' };
const KNOCKOUT = { stroke: 'var(--ck-surface)' };
const circle = (cx, cy, r, extra = {}) => ['circle', { cx, cy, r, ...extra }];
const rect = (x, y, width, height, rx) => ['rect', { x, y, width, height, rx }];
const ellipse = (cx, cy, rx, ry, angle) => ['ellipse', { cx, cy, rx, ry, transform: `rotate(${angle} ${cx} ${cy})` }];
const STAR = 'M12 3l2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1-4.4-4.3 6.1-.9z';
const BOOK = ['M5 19.5v-15A2.5 2.5 0 0 1 7.5 2H19v20H7.5A2.5 2.5 0 0 1 5 19.5z', 'M5 19.5A2.5 2.5 0 0 1 7.5 17H19'];

const ICONS = {
  agent: [rect(4, 7, 16, 12, 4), 'M12 3.5V7', circle(12, 3, 1, FILLED), 'M9.5 12v1.5', 'M14.5 12v1.5', 'M2 11.5v3', 'M22 11.5v3'],
  analytics: ['M3 21h18', 'M6 17v-5', 'M11 17V6', 'M16 17v-8', 'M21 17v-3'],
  atom: [ellipse(12, 12, 9.5, 3.8, 0), ellipse(12, 12, 9.5, 3.8, 60), ellipse(12, 12, 9.5, 3.8, 120), circle(12, 12, 1.4, FILLED)],
  batch: ['M12 3l9 4.5-9 4.5-9-4.5z', 'M3 12l9 4.5 9-4.5', 'M3 16.5l9 4.5 9-4.5'],
  bolt: ['M13 2.5L4.5 13.5h6.5l-1 8 8.5-11h-6.5z'],
  'book-open': ['M12 6.5C10 5 7 4.5 3 4.5v14c4 0 7 .5 9 2 2-1.5 5-2 9-2v-14c-4 0-7 .5-9 2z', 'M12 6.5v14'],
  'book-closed': BOOK,
  'book-clock': ['M5 19.5v-15A2.5 2.5 0 0 1 7.5 2H19v8', 'M5 19.5A2.5 2.5 0 0 1 7.5 17h3.5', circle(17, 17, 4.5), 'M17 15v2l1.4 1.4'],
  bug: ['M8 9.5a4 4 0 0 1 8 0V15a4 4 0 0 1-8 0z', 'M12 11v8', 'M3.5 10.5l4.5 1', 'M20.5 10.5l-4.5 1', 'M3.5 15H8', 'M20.5 15H16',
    'M5 20l3.3-2.3', 'M19 20l-3.3-2.3', 'M9.5 5.5L8 3.5', 'M14.5 5.5L16 3.5'],
  calendar: [rect(3, 5, 18, 16, 3), 'M3 10h18', 'M8 3v4', 'M16 3v4'],
  chart: ['M3 3v18h18', 'M7 15l4-4 3 3 5.5-6.5'],
  check: ['M5 12.5l4.5 4.5L19 7.5'],
  'check-circle': [circle(12, 12, 9), 'M8 12.5l2.8 2.8 5.7-5.8'],
  'check-circle-filled': [circle(12, 12, 10, FILLED), ['path', { d: 'M7.8 12.4l2.9 2.9 5.6-5.7', ...KNOCKOUT }]],
  'chevron-left': ['M15 5l-7 7 7 7'],
  'chevron-right': ['M9 5l7 7-7 7'],
  'circle-question': [circle(12, 12, 9), 'M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .8-1 1.5v.7', circle(12, 17, 0.9, FILLED)],
  compass: [circle(12, 12, 9), 'M15.5 8.5l-2 5-5 2 2-5z'],
  confetti: ['M4 20.5l4.5-12 7.5 7.5z', 'M13 6c.6-1.5.1-2.7-1-3.5', 'M18 11c1.5-.6 2.7-.1 3.5 1', 'M15.5 8.5L19 5',
    circle(20, 3.5, 1, FILLED), circle(9, 3, 1, FILLED), circle(21, 15.5, 1, FILLED)],
  cube: ['M12 2.5l8.5 4.75v9.5L12 21.5l-8.5-4.75v-9.5z', 'M3.5 7.25L12 12l8.5-4.75', 'M12 12v9.5'],
  desktop: [rect(2.5, 4, 19, 12.5, 2), 'M8 20.5h8', 'M12 16.5v4'],
  document: ['M14 2.5H6.5A1.5 1.5 0 0 0 5 4v16a1.5 1.5 0 0 0 1.5 1.5h11A1.5 1.5 0 0 0 19 20V7.5z', 'M14 2.5v5h5', 'M8.5 13h7',
    'M8.5 17h7'],
  dot: [circle(12, 12, 3.5, FILLED)],
  'dots-horizontal': [circle(5, 12, 1.7, FILLED), circle(12, 12, 1.7, FILLED), circle(19, 12, 1.7, FILLED)],
  'dots-vertical': [circle(12, 5, 1.7, FILLED), circle(12, 12, 1.7, FILLED), circle(12, 19, 1.7, FILLED)],
  'empty-circle': [circle(12, 12, 9)],
  'external-link': ['M14 4h6v6', 'M20 4l-9 9', 'M18 14v5a1.5 1.5 0 0 1-1.5 1.5h-11A1.5 1.5 0 0 1 4 19V7.5A1.5 1.5 0 0 1 5.5 6H10'],
  globe: [circle(12, 12, 9), 'M3 12h18', ellipse(12, 12, 4, 9, 0)],
  keys: [circle(8, 15.5, 4.5), 'M11.2 12.3L20 3.5', 'M16.5 7l2.5 2.5', 'M14 9.5l2 2'],
  lab: ['M9 3h6', 'M10 3v6.5L4.6 18.8A1.8 1.8 0 0 0 6.2 21.5h11.6a1.8 1.8 0 0 0 1.6-2.7L14 9.5V3', 'M7.2 15.5h9.6'],
  images: [rect(6.5, 3, 14.5, 13, 2), 'M3 7.5v11A2.5 2.5 0 0 0 5.5 21h11', circle(11, 7.8, 1.4), 'M21 13l-4-4-7 7'],
  info: [circle(12, 12, 9), 'M12 11v5.5', circle(12, 7.8, 0.9, FILLED)],
  lifesaver: [circle(12, 12, 9), circle(12, 12, 4), 'M5.6 5.6l3.6 3.6', 'M14.8 14.8l3.6 3.6', 'M18.4 5.6l-3.6 3.6', 'M9.2 14.8l-3.6 3.6'],
  lightbulb: ['M9 18h6', 'M10 21h4', 'M12 3a6 6 0 0 0-3.5 10.9c.3.3.5.7.5 1.1V16h6v-1c0-.4.2-.8.5-1.1A6 6 0 0 0 12 3z'],
  mail: [rect(3, 5, 18, 14, 2.5), 'M3.5 6.5L12 13l8.5-6.5'],
  'map-pin': ['M12 21.5s7-6.1 7-12a7 7 0 0 0-14 0c0 5.9 7 12 7 12z', circle(12, 9.5, 2.5)],
  maps: ['M3 6.5L9 4l6 2.5L21 4v13.5L15 20l-6-2.5L3 20z', 'M9 4v13.5', 'M15 6.5V20'],
  mobile: [rect(6.5, 2.5, 11, 19, 2.5), 'M11 18.5h2'],
  name: ['M3 8.5A2.5 2.5 0 0 1 5.5 6h13A2.5 2.5 0 0 1 21 8.5v7a2.5 2.5 0 0 1-2.5 2.5h-13A2.5 2.5 0 0 1 3 15.5z', 'M7 10.5h6',
    'M7 13.5h10'],
  notebook: [rect(5, 2.5, 14, 19, 2), 'M9 2.5v19', 'M3 7h3.5', 'M3 12h3.5', 'M3 17h3.5'],
  'notebook-pencil': [rect(3.5, 2.5, 12, 19, 2), 'M7.5 2.5v19', 'M18.5 6.5l3 1.5-4.5 9.5-3 1 .1-3.2z'],
  'page-blank': ['M6.5 2.5H14l5 5V20a1.5 1.5 0 0 1-1.5 1.5h-11A1.5 1.5 0 0 1 5 20V4a1.5 1.5 0 0 1 1.5-1.5z', 'M14 2.5v5h5'],
  phone: ['M5 3.5h3.5l1.8 4.5-2.3 1.5a11 11 0 0 0 6.5 6.5l1.5-2.3 4.5 1.8V19a2 2 0 0 1-2 2A17 17 0 0 1 3 5.5a2 2 0 0 1 2-2z'],
  play: [['path', { d: 'M7.5 4.8v14.4a.8.8 0 0 0 1.2.7l11.4-7.2a.8.8 0 0 0 0-1.4L8.7 4.1a.8.8 0 0 0-1.2.7z', ...FILLED }]],
  plus: ['M12 5v14', 'M5 12h14'],
  profile: [circle(12, 12, 9.5), circle(12, 10, 3), 'M6.2 18.5c1.3-2 3.4-3.2 5.8-3.2s4.5 1.2 5.8 3.2'],
  'profile-card': [rect(2.5, 4.5, 19, 15, 2.5), circle(8.5, 11, 2.2), 'M5 16.5c.7-1.6 2-2.5 3.5-2.5s2.8.9 3.5 2.5', 'M14.5 10H19',
    'M14.5 14h3'],
  reload: ['M20 12a8 8 0 1 1-2.3-5.7', 'M20 4v5h-5'],
  star: [STAR],
  'star-filled': [['path', { d: STAR, ...FILLED }]],
  search: [circle(10.5, 10.5, 6.5), 'M15.5 15.5l5 5'],
  sparkle: ['M12 3c.8 5.2 3.8 8.2 9 9-5.2.8-8.2 3.8-9 9-.8-5.2-3.8-8.2-9-9 5.2-.8 8.2-3.8 9-9z'],
  'sparkle-double': ['M10 5c.6 4.4 2.6 6.4 7 7-4.4.6-6.4 2.6-7 7-.6-4.4-2.6-6.4-7-7 4.4-.6 6.4-2.6 7-7z',
    'M18.5 2.5c.3 1.8 1.2 2.7 3 3-1.8.3-2.7 1.2-3 3-.3-1.8-1.2-2.7-3-3 1.8-.3 2.7-1.2 3-3z'],
  'square-code': [rect(3, 3, 18, 18, 4), 'M10 9l-3 3 3 3', 'M14 9l3 3-3 3'],
  'square-image': [rect(3, 3, 18, 18, 4), circle(9, 9, 1.6), 'M21 15l-5-5L5 21'],
  'square-text': [rect(3, 3, 18, 18, 4), 'M7.5 8.5h9', 'M7.5 12h9', 'M7.5 15.5h5.5'],
  suitcase: [rect(3, 7, 18, 13, 2.5), 'M8.5 7V5.5A1.5 1.5 0 0 1 10 4h4a1.5 1.5 0 0 1 1.5 1.5V7', 'M3 12.5h18'],
  'settings-slider': ['M4 7h9', 'M17 7h3', circle(15, 7, 2), 'M4 17h3', 'M11 17h9', circle(9, 17, 2)],
  user: [circle(12, 8, 4), 'M4.5 20.5c1.2-3.5 4.2-5.5 7.5-5.5s6.3 2 7.5 5.5'],
  wreath: ['M8.5 20.5C5 18.5 3.5 15.5 3.5 12S5 5.5 7 3.5', 'M15.5 20.5c3.5-2 5-5 5-8.5S19 5.5 17 3.5', 'M3.8 15l-2-1.2',
    'M20.2 15l2-1.2', 'M3.6 9.5L2 8', 'M20.4 9.5L22 8', 'M9 20.5h6'],
  write: ['M15.5 4.5l4 4L8.5 19.5 4 20l.5-4.5z', 'M13.5 6.5l4 4'],
  'write-alt': ['M11 4.5H6.5a2 2 0 0 0-2 2v11a2 2 0 0 0 2 2h11a2 2 0 0 0 2-2V13', 'M18 3.5L20.5 6l-8 8-3.3.8.8-3.3z'],
  'write-alt2': ['M4 20.5h16', 'M15 4l4 4-9.5 9.5H5.5v-4z'],
};

/** The icon as an inline SVG in the current text color; an unknown name draws a dotted circle. */
export function icon(name) {
  const node = svg('svg', {
    viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', 'stroke-width': 1.8,
    'stroke-linecap': 'round', 'stroke-linejoin': 'round', 'aria-hidden': 'true', focusable: 'false',
  });
  const shapes = ICONS[name] || [['circle', { cx: 12, cy: 12, r: 8, 'stroke-dasharray': '2 3' }]];
  for (const shape of shapes) {
    const [tag, attrs] = typeof shape === 'string' ? ['path', { d: shape }] : shape;
    const { stroke, ...rest } = attrs;
    const part = svg(tag, rest);
    if (stroke) part.style.stroke = stroke;
    node.append(part);
  }
  return node;
}
