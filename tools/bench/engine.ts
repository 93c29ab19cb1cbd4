/**
 * The engine as the extension ships it, for the bench's Node throughput figure: bundled by
 * Vite like the content script, rather than run from TypeScript through tsx (whose
 * transform adds a naming call to every closure and made the figure 10–15 % slower than
 * the code the extension runs).
 */
export { recognise } from '../../lib/recognise/recognise';
export { parseNumbers } from '../../lib/recognise/numbers';
