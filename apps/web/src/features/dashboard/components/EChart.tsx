import { useEffect, useRef } from 'react';
import { echarts, type EChartsOption } from '../lib/echarts';

interface EChartProps {
  option: EChartsOption;
  height: number;
  /** A click on a bar, a point or a map region, with the item's name. */
  onItemClick?: (name: string) => void;
  'data-testid'?: string;
  'aria-label': string;
}

/** A thin wrapper: one echarts instance per element, resized with its box, disposed on unmount. */
export function EChart({
  option,
  height,
  onItemClick,
  'data-testid': testId,
  'aria-label': label,
}: EChartProps) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.EChartsType | null>(null);
  const clickHandler = useRef(onItemClick);

  useEffect(() => {
    clickHandler.current = onItemClick;
  }, [onItemClick]);

  useEffect(() => {
    if (!element.current) return;
    const instance = echarts.init(element.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (event) => clickHandler.current?.(event.name));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // notMerge: a series removed by a filter must disappear, not linger from the previous option.
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <div ref={element} role="img" aria-label={label} data-testid={testId} style={{ width: '100%', height }} />
  );
}
