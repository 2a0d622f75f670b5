import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

// Only the parts the app draws with, so the bundle carries no unused chart types.
echarts.use([BarChart, GridComponent, TooltipComponent, AriaComponent, SVGRenderer]);

export { echarts };
