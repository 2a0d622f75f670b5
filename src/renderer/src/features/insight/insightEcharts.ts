import { CustomChart, GraphChart, LineChart } from 'echarts/charts';
import { DataZoomComponent, LegendComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { echarts } from '../../ui/charts/echarts';

// The insight screens draw more than the detail pane's bars: a count line, the timeline's spans, the
// network graph, zooming and a legend. The canvas renderer is for timelines too large for SVG.
// Registered here so these parts load with the insight screens only.
echarts.use([LineChart, CustomChart, GraphChart, DataZoomComponent, LegendComponent, CanvasRenderer]);

export { echarts };
export type { EChartsCoreOption } from 'echarts/core';
