// Letters that occur in Vietnamese and in no other Latin-script language we meet in archives.
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĂÂĐÊÔƠƯ]/g;
const LETTER = /\p{L}/gu;

/**
 * True when the text is long enough to judge and has almost none of the letters that
 * every Vietnamese sentence carries (real documents: > 10% of letters).
 */
export function notVietnamese(text: string): boolean {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const letters = sample.match(LETTER)?.length ?? 0;
  if (letters < 200) return false;
  const vi = sample.match(VIETNAMESE)?.length ?? 0;
  return vi / letters < 0.02;
}
