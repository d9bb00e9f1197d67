// When what the window put in the page has reached the glass: the next
// frame is drawn with it, and the frame after that begins once it is.

/** Settles once what is in the page now has been drawn: two frames on. */
export function drawn() {
  return new Promise((settle) => requestAnimationFrame(() => requestAnimationFrame(settle)));
}
