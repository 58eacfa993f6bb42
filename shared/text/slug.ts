// ASCII slugs for stable identifiers built from Vietnamese names ("Đăng ký nhận cha, mẹ, con" →
// "dang-ky-nhan-cha-me-con").
import { foldedWords } from './fold';

/** Folded words joined with `-`; non-ASCII letters that survive folding are dropped. */
export function slugify(text: string): string {
  return foldedWords(text)
    .map((w) => w.replace(/[^a-z0-9]/g, ''))
    .filter((w) => w.length > 0)
    .join('-');
}
