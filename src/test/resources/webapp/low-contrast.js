// Texts of the page whose contrast with what lies behind them is under WCAG AA (4.5:1, or 3:1 for
// large text), as "ratio text" strings. Backgrounds are the nearest opaque ones up the tree.
const luminance = ([r, g, b]) => [r, g, b].map((value) => {
  const channel = value / 255;
  return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
}).reduce((sum, channel, index) => sum + channel * [0.2126, 0.7152, 0.0722][index], 0);
const rgba = (text) => (text.match(/[\d.]+/g) || []).map(Number);
function background(element) {
  for (let node = element; node; node = node.parentElement) {
    const colour = rgba(getComputedStyle(node).backgroundColor);
    if (colour.length === 3 || (colour.length === 4 && colour[3] === 1)) {
      return colour.slice(0, 3);
    }
  }
  return [255, 255, 255];
}
const low = [];
document.querySelectorAll('body *').forEach((element) => {
  const own = [...element.childNodes].some((node) => node.nodeType === 3 && node.textContent.trim());
  const style = getComputedStyle(element);
  if (!own || style.visibility === 'hidden' || element.offsetParent === null) {
    return;
  }
  const [fore, back] = [luminance(rgba(style.color).slice(0, 3)), luminance(background(element))];
  const ratio = (Math.max(fore, back) + 0.05) / (Math.min(fore, back) + 0.05);
  const size = parseFloat(style.fontSize);
  const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
  if (ratio < (large ? 3 : 4.5)) {
    low.push(`${ratio.toFixed(2)} ${element.textContent.trim().slice(0, 40)}`);
  }
});
return low;
