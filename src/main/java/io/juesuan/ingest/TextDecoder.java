package io.juesuan.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a text rendering. Chinese government sites still publish GBK text, so bytes that are
 * not valid UTF-8 are tried as GB18030 (a superset of GBK) before giving up.
 */
final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {}

    static String decode(byte[] bytes) throws IngestException {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer buf = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return strict(StandardCharsets.UTF_8).decode(buf).toString();
        } catch (CharacterCodingException notUtf8) {
            buf.rewind();
            buf.position(start);
            try {
                String s = strict(GB18030).decode(buf).toString();
                if (looksLikeChinese(s)) {
                    return s;
                }
            } catch (CharacterCodingException notGbk) {
                // fall through to the error below
            }
            throw new IngestException("text is neither UTF-8 nor GBK/GB18030");
        }
    }

    private static java.nio.charset.CharsetDecoder strict(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Random bytes often decode as GB18030 too; real reports are mostly common Han characters. */
    private static boolean looksLikeChinese(String s) {
        long han = s.codePoints().filter(cp -> cp >= 0x4E00 && cp <= 0x9FFF).count();
        long printable = s.codePoints().filter(cp -> !Character.isISOControl(cp) || cp == '\n' || cp == '\t').count();
        return han > 0 && printable == s.codePoints().count() && han * 4 >= s.codePoints().filter(cp -> cp > 0x7F).count() * 3;
    }
}
