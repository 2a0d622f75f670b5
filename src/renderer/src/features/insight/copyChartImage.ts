import type { echarts } from './insightEcharts';

type Chart = ReturnType<typeof echarts.init>;

const pixelRatio = 2;
const titleHeight = 36;

function loadImage(url: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.src = url;
  return image.decode().then(() => image);
}

/** The chart as a PNG with its title above it, on the theme's background, at twice the screen's pixels. */
export async function chartAsPng(chart: Chart, title: string, colors: { surface: string; text: string }): Promise<Blob> {
  // The SVG renderer hands back SVG whatever type is asked for; drawing it on a canvas makes it a PNG either way.
  const image = await loadImage(chart.getDataURL({ type: 'png', pixelRatio, backgroundColor: colors.surface }));
  const width = chart.getWidth() * pixelRatio;
  const height = chart.getHeight() * pixelRatio;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height + titleHeight * pixelRatio;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('the window could not draw the picture');
  context.fillStyle = colors.surface;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = colors.text;
  context.font = `600 ${15 * pixelRatio}px system-ui, sans-serif`;
  context.textBaseline = 'middle';
  context.fillText(title, 12 * pixelRatio, (titleHeight / 2) * pixelRatio);
  context.drawImage(image, 0, titleHeight * pixelRatio, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the window could not encode the picture as PNG'))),
      'image/png',
    ),
  );
}

/** Puts a PNG on the system clipboard; rejects with the reason when the clipboard is not available or refuses. */
export async function copyPngToClipboard(png: Blob): Promise<void> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) {
    throw new Error('this window cannot put pictures on the clipboard');
  }
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
}
