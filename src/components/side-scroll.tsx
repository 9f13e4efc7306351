/**
 * A box that scrolls sideways when its content is wider than the screen, and says so: a visible
 * line tells how to reach the rest, the edges fade where more waits, and the box takes focus so
 * the arrow keys (and Home/End) scroll it.
 */
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import './side-scroll.css';

interface SideScrollProps {
  /** What the region holds, for screen readers ("Programs board"). */
  label: string;
  /** What is out of view, in the user's words ("columns", "table columns"). */
  more: string;
  className?: string;
  children: ReactNode;
}

interface Overflow {
  before: boolean;
  after: boolean;
}

export function SideScroll({ label, more, className = '', children }: SideScrollProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [overflow, setOverflow] = useState<Overflow>({ before: false, after: false });

  useEffect(() => {
    const node = ref.current;
    if (!node) return;
    const measure = () => {
      const max = node.scrollWidth - node.clientWidth;
      const at = Math.abs(node.scrollLeft);
      const next = { before: max > 1 && at > 1, after: max > 1 && at < max - 1 };
      setOverflow((current) => (current.before === next.before && current.after === next.after ? current : next));
    };
    measure();
    node.addEventListener('scroll', measure, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(node);
    if (node.firstElementChild) observer?.observe(node.firstElementChild);
    return () => {
      node.removeEventListener('scroll', measure);
      observer?.disconnect();
    };
  }, []);

  // The arrow keys scroll a focused box by themselves; Home and End would scroll the page, so they go to the box's ends.
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.target !== event.currentTarget || (event.key !== 'Home' && event.key !== 'End')) return;
    event.preventDefault();
    const node = event.currentTarget;
    node.scrollTo({ left: event.key === 'Home' ? 0 : node.scrollWidth });
  }

  const scrolls = overflow.before || overflow.after;
  return (
    <div className="side-scroll-frame" data-more-before={overflow.before} data-more-after={overflow.after}>
      {scrolls && (
        <p className="side-scroll-cue muted">
          {overflow.after ? `More ${more} to the right` : `More ${more} to the left`}
          <span aria-hidden="true">{overflow.after ? ' →' : ' ←'}</span>. Scroll sideways, or Tab to it and use the arrow keys.
        </p>
      )}
      <div ref={ref} className={`side-scroll ${className}`.trim()} role="region" aria-label={label} tabIndex={0} onKeyDown={onKeyDown}>
        {children}
      </div>
    </div>
  );
}
