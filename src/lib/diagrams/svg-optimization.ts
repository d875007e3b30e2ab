// How rendered diagrams are slimmed before they are committed. Mermaid writes path coordinates
// with many decimals, about two thirds of a flowchart's bytes; a tenth of a pixel is invisible.
// Only numbers are rounded: ids, classes and Mermaid's scoped <style> stay as Mermaid wrote them.
// Part of every render key, so changing it re-renders every diagram.
export const svgOptimization = {
	floatPrecision: 1,
	plugins: ['convertPathData', 'cleanupNumericValues'],
} as const;
