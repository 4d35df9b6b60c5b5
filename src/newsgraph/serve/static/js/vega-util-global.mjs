// The three vega-util functions vega-interpreter imports, taken from the vega global (vega.min.js).
const vega = globalThis.vega;
export const ascending = vega.ascending;
export const isString = vega.isString;
export const DisallowedObjectProperties = vega.DisallowedObjectProperties;
