/** Kupu's butterfly ("kupu-kupu"), drawn inline so it needs no font or network. */
export function Logo() {
  return (
    <svg className="logo" width="30" height="30" viewBox="0 0 32 32" aria-hidden="true">
      <path d="M16 9c-2-5-8-7-11-5s-1 9 4 11c-4 1-6 5-4 8s8 1 11-5z" fill="#8b5cf6" />
      <path d="M16 9c2-5 8-7 11-5s1 9-4 11c4 1 6 5 4 8s-8 1-11-5z" fill="#f59e0b" />
      <rect x="15" y="8" width="2" height="17" rx="1" fill="#3b2a5c" />
      <path d="M15.5 8.5 13 4M16.5 8.5 19 4" stroke="#3b2a5c" strokeWidth="1.2" strokeLinecap="round" />
    </svg>
  );
}
