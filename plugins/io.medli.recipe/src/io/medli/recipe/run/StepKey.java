package io.medli.recipe.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.medli.recipe.RecipePackage;

/**
 * Content hashes that decide whether a step can be reused: the step's kind and parameters, the hash
 * of its input model, and the data it reads (each file's path, size and modification time - a
 * changed or added image changes the key without hashing every image again).
 */
final class StepKey {
    /** Raised when a change to the engines makes earlier results stale. */
    static final int ENGINE_VERSION = 1;

    private final MessageDigest digest = sha256();

    StepKey(String kind) {
        text("medli-step/" + ENGINE_VERSION + "/" + kind);
    }

    /** Every attribute of {@code o} but its name and enabled flag: renaming a step does not rerun it. */
    StepKey parameters(EObject o) {
        for (EAttribute a : o.eClass().getEAllAttributes()) {
            if (a == RecipePackage.Literals.STEP__NAME || a == RecipePackage.Literals.STEP__ENABLED) continue;
            Object v = o.eGet(a);
            String s;
            if (a.isMany()) s = String.join("\u0001", ((List<?>) v).stream().map(x -> EcoreUtil.convertToString(a.getEAttributeType(), x)).toList());
            else s = EcoreUtil.convertToString(a.getEAttributeType(), v);
            text(a.getName() + "=" + s);
        }
        return this;
    }

    StepKey text(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        digest.update((byte) (b.length >>> 24));
        digest.update((byte) (b.length >>> 16));
        digest.update((byte) (b.length >>> 8));
        digest.update((byte) b.length);
        digest.update(b);
        return this;
    }

    /** A folder or file of data: names, sizes and modification times of the files under it. */
    StepKey data(Path p) throws IOException {
        text("data:" + p.toAbsolutePath().normalize());
        if (Files.isRegularFile(p)) return text(Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis());
        try (Stream<Path> files = Files.walk(p)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                text(p.relativize(f) + ":" + Files.size(f) + "@" + Files.getLastModifiedTime(f).toMillis());
            }
        }
        return this;
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** SHA-256 of a file's bytes. */
    static String ofFile(Path file) throws IOException {
        MessageDigest d = sha256();
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0;) d.update(buf, 0, n);
        }
        return HexFormat.of().formatHex(d.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }
}
