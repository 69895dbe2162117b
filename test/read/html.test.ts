import { describe, expect, it } from 'vitest'
import { decodeInput } from '../../src/read/decode.js'
import { decodeEntities, htmlToText, looksLikeHtml } from '../../src/read/html.js'
import { extractArticle } from '../../src/index.js'

describe('decodeEntities', () => {
  it.each([
    ['decimal', '&#8220;Rescued&#8221;', '“Rescued”'],
    ['hex', '&#x201C;Rescued&#X201D;', '“Rescued”'],
    ['named quotes and dashes', '&lsquo;a&rsquo; &ldquo;b&rdquo; &ndash; &mdash; &hellip;', '‘a’ “b” – — …'],
    ['no-break space', '45&nbsp;victims', '45\u00A0victims'],
    ['ampersand and markup', '&amp; &lt;p&gt; &quot;x&quot; &apos;', '& <p> "x" \''],
    ['Latin-1 letters', 'C&ocirc;te d&rsquo;Ivoire, S&atilde;o Paulo, &Eacute;', 'Côte d’Ivoire, São Paulo, É'],
    ['legacy names without a semicolon', 'AT&amp T &nbsp45 &copy 2024', 'AT& T \u00A045 © 2024'],
    ['a legacy name glued to a word', '&ampfoo', '&foo'],
    ['Windows-1252 numbers, as browsers read them', '&#147;x&#148; &#150; &#128;', '“x” – €'],
    ['invalid numbers', '&#0; &#xD800; &#1114112;', '\uFFFD \uFFFD \uFFFD'],
    ['unknown names stay as written', '&bogus; & &; R&D', '&bogus; & &; R&D'],
    ['names of object machinery are unknown names', '&constructor; &toString; &__proto__; &hasOwnProperty', '&constructor; &toString; &__proto__; &hasOwnProperty'],
  ])('%s', (_name, html, text) => {
    expect(decodeEntities(html)).toBe(text)
  })
})

describe('htmlToText', () => {
  it.each([
    ['tags stripped, inline tags join without space', 'Police <b>rescued</b> <a href="/x">45</a> vic<i>tims</i>', 'Police rescued 45 victims'],
    ['block tags become paragraphs', '<p>One.</p><p>Two.</p><div>Three.</div><h2>Four</h2>', 'One.\n\nTwo.\n\nThree.\n\nFour'],
    ['<br> is a line break, two are a paragraph break', 'a<br>b<br/><br />c', 'a\nb\n\nc'],
    ['list items are lines', '<ul><li>45 victims</li><li>12 suspects</li></ul>', '45 victims\n12 suspects'],
    ['table cells are tab-separated, rows are lines', '<table><tr><td>Nigeria</td><td>186</td></tr><tr><th>Romania</th><td>80</td></tr></table>', 'Nigeria\t186\nRomania\t80'],
    ['white space collapses', '<p>  Police\n   rescued\t\t45  </p>', 'Police rescued 45'],
    ['<pre> keeps its white space', '<pre>a\n  b</pre><p>c  d</p>', 'a\n  b\n\nc d'],
    ['&nbsp; between inline tags is kept as a space', 'Police<span>&nbsp;rescued</span>', 'Police\u00A0rescued'],
    ['script, style and noscript are dropped', '<p>a</p><script>var x = "<p>45 victims</p>";</script><style>p { color: red }</style><noscript>Enable JS</noscript><p>b</p>', 'a\n\nb'],
    ['the head is dropped, title included', '<html><head><title>Page title</title><meta charset="utf-8"></head><body><p>Body</p></body></html>', 'Body'],
    ['an unclosed head ends where the body begins', '<head><title>T</title><link rel="x"><p>Body text', 'Body text'],
    ['menus, forms and embedded media are dropped', '<nav><a>Home</a> | <a>World</a></nav><p>Text</p><button>Share</button><svg><text>45</text></svg><select><option>2019</option></select>', 'Text'],
    ['comments and doctype are dropped', '<!DOCTYPE html><!-- 45 victims --><p>a</p><!-- unclosed', 'a'],
    ['a ">" inside a quoted attribute does not end the tag', '<p title="a > b" data-x=\'>\'>Text</p>', 'Text'],
    ['a literal "<" is text', '<p>if a < b and 3<4</p>', 'if a < b and 3<4'],
    ['an unterminated tag at the end is text', '<p>Text</p><a href="x', 'Text\n\n<a href="x'],
    ['entities are decoded in text, not read as tags', '<p>&lt;p&gt; is a tag</p>', '<p> is a tag'],
    ['mixed-case tags', '<P>One</P><DIV>Two</DIV><SCRIPT>x</SCRIPT>', 'One\n\nTwo'],
    ['CDATA is dropped', '<p>a<![CDATA[ x < y ]]>b</p>', 'ab'],
  ])('%s', (_name, html, text) => {
    expect(htmlToText(html)).toBe(text)
  })

  it('stays linear on hostile markup (many unclosed tags, quotes, comments)', () => {
    const hostile = ['<a title="'.repeat(20000), '<p'.repeat(50000), '<!--'.repeat(20000), '<div a=\'>'.repeat(20000), '</'.repeat(50000)].join('')
    expect(typeof htmlToText(hostile)).toBe('string')
  })
})

describe('looksLikeHtml: by content, not only by name', () => {
  it.each([
    ['a doctype', '<!DOCTYPE html>\n<p>x</p>', undefined, true],
    ['a leading <html> after a comment and an XML declaration', '<?xml version="1.0"?>\n<!-- saved -->\n<html lang="en">', undefined, true],
    ['a page fragment with many structural tags', '<div class="story"><h1>Title</h1><p>One.</p><p>Two.</p><p>Three.</p></div>', 'a.txt', true],
    ['plain text with one stray tag', 'Police rescued <b>45</b> victims.\nThey said <i>more</i> would follow.', 'a.txt', false],
    ['plain text with angle brackets', 'The ratio was 3 < 4 and 5 > 2.', undefined, false],
    ['a .html file with a single tag', 'Police rescued <b>45</b> victims.', 'saved/page.html', true],
    ['a .htm file without any tag', 'Police rescued 45 victims.', 'page.htm', false],
  ])('%s', (_name, text, path, html) => {
    expect(looksLikeHtml(text, path)).toBe(html)
  })
})

describe('an HTML article', () => {
  const page = `<!DOCTYPE html>
<html><head><title>Police rescue 45 trafficking victims</title>
<script>window.dataLayer = [{"victims": 999}];</script></head>
<body>
<nav><ul><li>Home</li><li>World</li></ul></nav>
<article>
<h1>Police rescue 45 trafficking victims</h1>
<p>Police in Manila rescued 45 victims of human trafficking on&nbsp;Tuesday and arrested 12&nbsp;suspects, officials said.</p>
<p>&#8220;We will not stop,&#8221; said the police chief&#8217;s spokesman &ndash; adding that 30 cases were opened in 2023.</p>
</article>
<footer>&copy; 2024 The Daily</footer>
</body></html>`

  it('reads as its visible text, and every offset refers to that decoded text', () => {
    const decoded = decodeInput(Buffer.from(page), { path: 'page.html' })
    expect(decoded.html).toBe(true)
    expect(decoded.text).not.toMatch(/<|&nbsp;|dataLayer|Home/)
    expect(decoded.text).toContain('Police in Manila rescued 45 victims of human trafficking on Tuesday and arrested 12 suspects')
    const a = extractArticle(Buffer.from(page), { path: 'page.txt' })
    expect(a.victims.map((f) => f.value)).toContain(45)
    expect(a.suspects.map((f) => f.value)).toContain(12)
    expect([...a.victims, ...a.suspects, ...a.cases].map((f) => f.value)).not.toContain(999)
    for (const f of [...a.victims, ...a.suspects, ...a.cases]) {
      expect(decoded.text.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.text)
      expect(decoded.text.slice(f.mention.start, f.mention.end)).toBe(f.mention.text)
    }
  })

  it('gives the same figures as the same article saved as plain text', () => {
    const plain = decodeInput(Buffer.from(page)).text
    const fromHtml = extractArticle(Buffer.from(page))
    const fromText = extractArticle(plain)
    expect(fromHtml.victims).toEqual(fromText.victims)
    expect(fromHtml.suspects).toEqual(fromText.suspects)
    expect(fromHtml.cases).toEqual(fromText.cases)
  })
})
