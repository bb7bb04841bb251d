package io.juesuan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command-line error: its message and exit code 2; help and version exit 0. */
class CommandLineTest {
    record Result(int code, String out, String err) {}

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void helpOnEveryCommandExplainsEachOptionAndExitsZero() {
        Result top = run("--help");
        assertEquals(0, top.code());
        assertTrue(top.out().contains("extract") && top.out().contains("bench"), top.out());
        assertTrue(top.out().contains("Exit codes"), top.out());
        Result extract = run("extract", "--help");
        assertEquals(0, extract.code());
        for (String opt : new String[] {"--out", "--jobs", "--timeout", "--wait", "--max-size", "--force", "--prune", "--bom",
            "--no-csv", "--mappings", "--quiet", "INPUT"}) {
            assertTrue(extract.out().contains(opt), opt + " in " + extract.out());
        }
        assertEquals(0, run("bench", "--help").code());
        for (String cmd : new String[] {"review", "xlsx", "debug"}) {
            Result h = run(cmd, "--help");
            assertEquals(0, h.code(), cmd);
            assertTrue(h.out().contains("Usage: juesuan " + cmd), h.out());
        }
        Result missing = run("debug", "no-such.pdf");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no such file: no-such.pdf"), missing.err());
        assertEquals(0, run("help", "extract").code());
        Result v = run("--version");
        assertEquals(0, v.code());
        assertTrue(v.out().startsWith("juesuan "), v.out());
        assertEquals(0, run("extract", "--version").code());
    }

    @Test
    void badValuesAreExitCodeTwoWithAClearMessage(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(dir.resolve("a.txt"), "x");
        String out = dir.resolve("out").toString();
        Result jobs = run("extract", "--jobs", "abc", "--out", out, in.toString());
        assertEquals(2, jobs.code());
        assertTrue(jobs.err().contains("Invalid value for option '--jobs': 'abc' is not an int"), jobs.err());
        Result noValue = run("extract", in.toString(), "--jobs");
        assertEquals(2, noValue.code());
        assertTrue(noValue.err().contains("Missing required parameter for option '--jobs'"), noValue.err());
        Result zeroJobs = run("extract", "--jobs", "0", in.toString());
        assertEquals(2, zeroJobs.code());
        assertTrue(zeroJobs.err().contains("--jobs must be at least 1"), zeroJobs.err());
        Result timeout = run("extract", "--timeout", "-5", "--out", out, in.toString());
        assertEquals(2, timeout.code());
        assertTrue(timeout.err().contains("--timeout must be at least 1 second, not -5"), timeout.err());
        Result mappings = run("extract", "--mappings", dir.resolve("nope").toString(), "--out", out, in.toString());
        assertEquals(2, mappings.code());
        assertTrue(mappings.err().contains("--mappings: no such folder"), mappings.err());
        Result typo = run("extarct", in.toString());
        assertEquals(2, typo.code());
        assertTrue(typo.err().contains("Did you mean") && typo.err().contains("extract"), typo.err());
        Result unknown = run("extract", "--bogus", in.toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("--bogus"), unknown.err());
        Result noInput = run("extract");
        assertEquals(2, noInput.code());
        assertTrue(noInput.err().contains("INPUT"), noInput.err());
        Result missingInput = run("extract", "--out", out, dir.resolve("missing.pdf").toString());
        assertEquals(2, missingInput.code());
        assertTrue(missingInput.err().contains("no such file or folder"), missingInput.err());
        assertEquals(2, run().code());
        for (Result r : new Result[] {jobs, timeout, mappings, typo}) {
            assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        }
        assertFalse(Files.exists(dir.resolve("out")), "nothing written on bad usage");
    }

    @Test
    void anUnwritableOutputFolderIsAPlainMessageAndExitCodeThree(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(dir.resolve("a.txt"), "x");
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        Result r = run("extract", "--out", file.resolve("out").toString(), in.toString());
        assertEquals(3, r.code());
        assertTrue(r.err().startsWith("juesuan: cannot create the output folder " + file.resolve("out")), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        Path ro = Files.createDirectories(dir.resolve("ro"));
        ro.toFile().setWritable(false);
        if (!Files.isWritable(ro)) { // root can write anywhere
            Result denied = run("extract", "--out", ro.toString(), in.toString());
            assertEquals(3, denied.code());
            assertTrue(denied.err().contains("is not writable"), denied.err());
        }
        ro.toFile().setWritable(true);
    }

    @Test
    void theSummaryNamesTheOutputFolderAndCountsFailedChecks(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("corpus", "2023-yantai-ybj-final.txt"), in.resolve("a.txt"));
        Path out = dir.resolve("out");
        Result r = run("extract", "--no-csv", "--out", out.toString(), in.toString());
        assertEquals(0, r.code(), r.err());
        String summary = r.err().lines().filter(l -> l.startsWith("1 inputs:")).findFirst().orElseThrow();
        assertTrue(summary.contains("1 ok with failed checks"), summary);
        assertTrue(summary.contains("2 failed"), summary);
        assertTrue(summary.endsWith("output in " + out.toAbsolutePath().normalize()), summary);
    }
}
