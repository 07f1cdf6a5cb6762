/**
 * The closing slide's address and QR code, made from the address this deck is served from: at
 * a venue that is the laptop's address on the room's network, which no build can know.
 */
import { qrSvg } from '../../../lib/handout/qr';

export function fillSiteAddress(root: HTMLElement, base: string): void {
  const address = new URL(base, location.href).href;
  for (const text of root.querySelectorAll<HTMLElement>('[data-site-address]')) {
    text.textContent = address.replace(/^https?:\/\//, '').replace(/\/$/, '');
  }
  for (const box of root.querySelectorAll<HTMLElement>('[data-site-qr]')) {
    const svg = box.querySelector('svg');
    if (!svg) continue;
    try {
      const { side, path } = qrSvg(address);
      svg.setAttribute('viewBox', `0 0 ${side} ${side}`);
      svg.setAttribute('aria-label', `QR code for ${address}`);
      svg.innerHTML = `<rect width="${side}" height="${side}" fill="#fff"/><path d="${path}" fill="#000"/>`;
      box.hidden = false;
    } catch {
      // An address too long for a QR code: the address in large type is still there.
    }
  }
}
