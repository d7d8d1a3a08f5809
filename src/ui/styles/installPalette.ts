/** Puts the palette's custom properties into the page, once, before anything is drawn. */
import { paletteCss } from '../../view/paletteCss';

const STYLE_ID = 'ktp-palette';

export function installPalette(doc: Document = document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = paletteCss();
  // First in <head>: the stylesheets that use the variables keep their own order after it.
  doc.head.prepend(style);
}
