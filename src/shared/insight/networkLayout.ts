/**
 * A deterministic layout for the network chart: the same records always give the same picture, at any
 * window size, in either theme, on every visit.
 *
 * ECharts' own force layout is not used for this: it runs only inside a drawn chart, it starts again
 * from where it stopped whenever the chart is resized, it lays out within the chart's current box,
 * and it places circles only, so labels end up over each other. Here the circles are placed by a
 * force-directed pass (Fruchterman and Reingold) from a fixed spiral start, then each circle and its
 * label are pushed apart as one box until no two boxes overlap, inside a fixed frame. A store too
 * crowded for that gets as far as a fixed number of passes; the chart hides the labels still in the way.
 */

/** An organization to place: the radius of its circle and the width of its label (0 for none). */
export interface NodeToPlace {
  id: string;
  radius: number;
  labelWidth: number;
}

/** Two placed organizations joined by a line; `weight` from 0 to 1 pulls them closer together. */
export interface LinkToPlace {
  source: string;
  target: string;
  weight: number;
}

export interface PlacedNode {
  id: string;
  x: number;
  y: number;
  /** Away from the organization's partners, and never past the frame's edge. */
  labelSide: 'left' | 'right';
}

export interface Frame {
  width: number;
  height: number;
}

/** The frame in pixels at which labels are kept apart: the chart's size in a 1024 px wide window. */
export const networkFrame: Frame = { width: 720, height: 480 };

/** ECharts' gap between a circle and its label, and the height of a 12 px label's line. */
const labelGap = 5;
const labelHeight = 16;
/** Labels longer than this are cut short with an ellipsis; the tooltip and the table have the full name. */
export const longestLabel = 150;

const forceIterations = 200;
const separationPasses = 100;
const padding = 6;

/**
 * The width of a 12 px sans-serif label, on the generous side so that estimated boxes that do not
 * overlap leave drawn ones apart: wide (CJK) characters are about a full em, others about 7 px.
 */
export function estimateLabelWidth(text: string): number {
  let width = 0;
  for (const character of text) width += characterWidth(character);
  return Math.min(width, longestLabel);
}

function characterWidth(character: string): number {
  return /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/u.test(character) ? 12 : 7;
}

/**
 * A name as its label shows it: whole, or cut with an ellipsis to fit `longestLabel` by the same
 * estimate the layout places labels by. Measuring the drawn font instead cut names differently
 * before and after the browser had the font, so the picture changed between visits.
 */
export function labelText(name: string): string {
  let width = characterWidth('…');
  let kept = '';
  for (const character of name) {
    width += characterWidth(character);
    if (width > longestLabel) return `${kept.trimEnd()}…`;
    kept += character;
  }
  return name;
}

interface Point {
  x: number;
  y: number;
}

/** Places `nodes` (largest first, so the largest start in the middle) within `frame`. */
export function layoutNetwork(nodes: NodeToPlace[], links: LinkToPlace[], frame: Frame = networkFrame): PlacedNode[] {
  if (nodes.length === 0) return [];
  const edges = edgesBetween(nodes, links);
  const points = stretchToFrame(placeByForces(nodes, edges, frame), frame);
  const sides = labelSides(nodes, points, edges, frame);
  separateBoxes(nodes, points, sides, frame);
  return nodes.map((node, index) => ({
    id: node.id,
    x: round(points[index].x),
    y: round(points[index].y),
    labelSide: sides[index],
  }));
}

interface Edge {
  source: number;
  target: number;
  weight: number;
}

function edgesBetween(nodes: NodeToPlace[], links: LinkToPlace[]): Edge[] {
  const indexOf = new Map(nodes.map((node, index) => [node.id, index]));
  return links.flatMap((link) => {
    const source = indexOf.get(link.source);
    const target = indexOf.get(link.target);
    return source === undefined || target === undefined || source === target ? [] : [{ source, target, weight: link.weight }];
  });
}

/**
 * Each label goes on the side away from its organization's partners, so it does not lie across their
 * lines; on the inner side when it would not fit between the circle and the frame's edge.
 */
function labelSides(nodes: NodeToPlace[], points: Point[], edges: Edge[], frame: Frame): Array<PlacedNode['labelSide']> {
  const towardsPartners = points.map(() => 0);
  for (const { source, target } of edges) {
    towardsPartners[source] += points[target].x - points[source].x;
    towardsPartners[target] += points[source].x - points[target].x;
  }
  return nodes.map((node, index) => {
    const { x } = points[index];
    const reach = node.radius + labelGap + node.labelWidth;
    if (x - reach < 0) return 'right';
    if (x + reach > frame.width) return 'left';
    if (Math.abs(towardsPartners[index]) > 1) return towardsPartners[index] > 0 ? 'left' : 'right';
    return x > frame.width / 2 ? 'left' : 'right';
  });
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Fruchterman–Reingold: every pair repels, linked pairs attract, a weak pull keeps loose parts near the middle. */
function placeByForces(nodes: NodeToPlace[], edges: Edge[], frame: Frame): Point[] {
  const count = nodes.length;
  const centre = { x: frame.width / 2, y: frame.height / 2 };
  // Shorter than the frame allows: the picture is stretched to the frame afterwards.
  const ideal = 0.5 * Math.sqrt((frame.width * frame.height) / count);
  // A sunflower spiral: evenly spread, no two points alike, the same every time.
  const goldenAngle = Math.PI * (3 - Math.sqrt(5));
  const points = nodes.map((_, index) => {
    const distance = (ideal / 2) * Math.sqrt(index + 0.5);
    return { x: centre.x + distance * Math.cos(index * goldenAngle), y: centre.y + distance * Math.sin(index * goldenAngle) };
  });

  for (let step = 0; step < forceIterations; step++) {
    const temperature = (frame.width / 10) * (1 - step / forceIterations) + 0.5;
    const shifts = points.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < count; i++) {
      for (let j = i + 1; j < count; j++) {
        // ideal² / distance along the unit vector, without a square root or an array: this runs for every pair.
        let dx = points[i].x - points[j].x;
        let dy = points[i].y - points[j].y;
        let squared = dx * dx + dy * dy;
        if (squared < 0.0001) [dx, dy, squared] = between(points[i], points[j], i, j);
        const push = (ideal * ideal) / squared;
        shifts[i].x += dx * push;
        shifts[i].y += dy * push;
        shifts[j].x -= dx * push;
        shifts[j].y -= dy * push;
      }
    }
    for (const { source, target, weight } of edges) {
      const [dx, dy, distance] = between(points[source], points[target], source, target);
      const pull = ((distance * distance) / ideal) * (0.5 + weight);
      shifts[source].x -= (dx / distance) * pull;
      shifts[source].y -= (dy / distance) * pull;
      shifts[target].x += (dx / distance) * pull;
      shifts[target].y += (dy / distance) * pull;
    }
    points.forEach((point, index) => {
      const shift = shifts[index];
      shift.x += (centre.x - point.x) * 0.3;
      shift.y += (centre.y - point.y) * 0.3;
      const length = Math.hypot(shift.x, shift.y);
      if (length === 0) return;
      const move = Math.min(length, temperature) / length;
      point.x = clamp(point.x + shift.x * move, 0, frame.width);
      point.y = clamp(point.y + shift.y * move, 0, frame.height);
    });
  }
  return points;
}

/** Scales each axis so the points fill the frame, leaving room for the largest circle at its edges. */
function stretchToFrame(points: Point[], frame: Frame): Point[] {
  const margin = 30;
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  const scale = (value: number, lowest: number, highest: number, size: number) =>
    highest - lowest < 1 ? size / 2 : margin + ((value - lowest) / (highest - lowest)) * (size - 2 * margin);
  const [left, right, top, bottom] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  return points.map((point) => ({
    x: scale(point.x, left, right, frame.width),
    y: scale(point.y, top, bottom, frame.height),
  }));
}

/** The offset from `b` to `a` and its length, never zero: points that coincide part along a fixed direction. */
function between(a: Point, b: Point, i: number, j: number): [number, number, number] {
  const dx = a.x - b.x;
  const dy = a.y - b.y;
  const squared = dx * dx + dy * dy;
  if (squared > 0.0001) return [dx, dy, Math.sqrt(squared)];
  const angle = i * 7 + j * 13;
  return [Math.cos(angle), Math.sin(angle), 1];
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The circle and its label as one box, the label on its side of the circle. */
export function boxOf(node: NodeToPlace, point: Point, side: 'left' | 'right'): Box {
  const labelReach = node.labelWidth > 0 ? labelGap + node.labelWidth : 0;
  const halfHeight = Math.max(node.radius, node.labelWidth > 0 ? labelHeight / 2 : 0);
  return {
    left: point.x - node.radius - (side === 'left' ? labelReach : 0),
    right: point.x + node.radius + (side === 'right' ? labelReach : 0),
    top: point.y - halfHeight,
    bottom: point.y + halfHeight,
  };
}

/** Pushes overlapping boxes apart along their shallower overlap, keeping every box inside the frame. */
function separateBoxes(nodes: NodeToPlace[], points: Point[], sides: Array<'left' | 'right'>, frame: Frame): void {
  const boxes = points.map((point, index) => boxOf(nodes[index], point, sides[index]));
  const moveBy = (index: number, dx: number, dy: number) => {
    const box = boxes[index];
    const x = clamp(dx, -box.left, frame.width - box.right);
    const y = clamp(dy, -box.top, frame.height - box.bottom);
    points[index].x += x;
    points[index].y += y;
    Object.assign(box, { left: box.left + x, right: box.right + x, top: box.top + y, bottom: box.bottom + y });
  };
  boxes.forEach((_, index) => moveBy(index, 0, 0));
  for (let pass = 0; pass < separationPasses; pass++) {
    let moved = false;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        const overlapX = Math.min(a.right, b.right) - Math.max(a.left, b.left) + padding;
        const overlapY = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) + padding;
        if (overlapX <= 0 || overlapY <= 0) continue;
        moved = true;
        // Vertical moves are preferred: labels are wide and short, so a small step up or down parts them.
        if (overlapY <= overlapX * 2) {
          const direction = a.top + a.bottom <= b.top + b.bottom ? -1 : 1;
          moveBy(i, 0, (direction * overlapY) / 2);
          moveBy(j, 0, (-direction * overlapY) / 2);
        } else {
          const direction = a.left + a.right <= b.left + b.right ? -1 : 1;
          moveBy(i, (direction * overlapX) / 2, 0);
          moveBy(j, (-direction * overlapX) / 2, 0);
        }
      }
    }
    if (!moved) return;
  }
}

const clamp = (value: number, lowest: number, highest: number) => Math.min(highest, Math.max(lowest, value));
