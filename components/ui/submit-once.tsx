'use client';

import { useRef, type ButtonHTMLAttributes } from 'react';

/**
 * A submit button that lets its form go once: a double tap on 【OK】 must not post twice (on the
 * password step that would count two attempts). The button keeps its name/value in the post.
 */
export function SubmitOnce(props: ButtonHTMLAttributes<HTMLButtonElement>) {
  const sent = useRef(false);
  return (
    <button
      type="submit"
      {...props}
      onClick={(event) => {
        if (sent.current) event.preventDefault();
        else if (event.currentTarget.form?.checkValidity() !== false) sent.current = true;
      }}
    />
  );
}
