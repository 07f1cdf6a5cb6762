/** Full screen for a presenter window, where the browser allows it. */

export function fullscreenAvailable(): boolean {
  return (
    document.fullscreenEnabled === true &&
    typeof document.documentElement.requestFullscreen === 'function'
  );
}

/** Enters or leaves full screen; resolves to a message for the speaker when the browser says no. */
export async function toggleFullscreen(): Promise<string | undefined> {
  if (!fullscreenAvailable()) {
    return 'This browser cannot show the page in full screen; try its own full-screen key (often F11).';
  }
  try {
    if (document.fullscreenElement) await document.exitFullscreen();
    else await document.documentElement.requestFullscreen();
    return undefined;
  } catch {
    return 'The browser refused full screen; try its own full-screen key (often F11).';
  }
}
