package io.juesuan.review;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** HTML escaping, links to local files and amounts as printed. */
final class Html {
    private Html() {}

    /** Escapes text for element content and quoted attribute values. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A relative link to a path made of {@code /}-separated segments, each percent-encoded (UTF-8). */
    static String href(String relative) {
        StringBuilder sb = new StringBuilder();
        for (String seg : relative.split("/", -1)) {
            if (sb.length() > 0 || relative.startsWith("/")) {
                sb.append('/');
            }
            sb.append(seg.equals("..") || seg.equals(".") ? seg : URLEncoder.encode(seg, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return esc(sb.toString());
    }

    /** An amount as printed: thousands separators, at least two decimals. */
    static String amount(BigDecimal v) {
        if (v == null) {
            return "";
        }
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setMinimumFractionDigits(Math.max(2, v.stripTrailingZeros().scale()));
        f.setMaximumFractionDigits(Math.max(2, v.stripTrailingZeros().scale()));
        return f.format(v);
    }

    static String plain(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }
}
