package org.torito.guest.runtime.security;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.NoSuchProviderException;
import java.util.Locale;
import java.util.Objects;

/**
 * MessageDigest.getInstance in an image. The JDK's goes through its provider machinery
 * (Provider, ProviderConfig, sun.security.jca), which needs Class.getModule, ClassLoader.loadClass
 * and more that TeaVM's C target lacks; this hands out the digests of this package under the names
 * and aliases HotSpot's SUN provider accepts, with its messages for the rest.
 */
public final class MessageDigests {
    /** The only provider an image has, as far as a program can tell. */
    private static final String PROVIDER = "SUN";

    private MessageDigests() {
    }

    public static MessageDigest getInstance(String algorithm) throws NoSuchAlgorithmException {
        Objects.requireNonNull(algorithm, "null algorithm name");
        MessageDigest digest = forName(algorithm);
        if (digest == null) {
            throw new NoSuchAlgorithmException(algorithm + " MessageDigest not available");
        }
        return digest;
    }

    public static MessageDigest getInstance(String algorithm, String provider)
            throws NoSuchAlgorithmException, NoSuchProviderException {
        Objects.requireNonNull(algorithm, "null algorithm name");
        if (provider == null || provider.isEmpty()) {
            throw new IllegalArgumentException("missing provider");
        }
        if (!provider.equals(PROVIDER)) {
            throw new NoSuchProviderException("no such provider: " + provider);
        }
        MessageDigest digest = forName(algorithm);
        if (digest == null) {
            throw new NoSuchAlgorithmException("no such algorithm: " + algorithm + " for provider " + PROVIDER);
        }
        return digest;
    }

    /**
     * A new digest named {@code algorithm} (which it keeps as its getAlgorithm(), as HotSpot's do),
     * or null. Providers match names and aliases ignoring case, in English.
     */
    private static MessageDigest forName(String algorithm) {
        return switch (algorithm.toUpperCase(Locale.ENGLISH)) {
            case "MD5", "1.2.840.113549.2.5", "OID.1.2.840.113549.2.5" -> new Md5Digest(algorithm);
            case "SHA-1", "SHA", "SHA1", "1.3.14.3.2.26", "OID.1.3.14.3.2.26" -> new Sha1Digest(algorithm);
            case "SHA-224", "SHA224", "2.16.840.1.101.3.4.2.4", "OID.2.16.840.1.101.3.4.2.4" ->
                    Sha256Digest.sha224(algorithm);
            case "SHA-256", "SHA256", "2.16.840.1.101.3.4.2.1", "OID.2.16.840.1.101.3.4.2.1" ->
                    Sha256Digest.sha256(algorithm);
            case "SHA-384", "SHA384", "2.16.840.1.101.3.4.2.2", "OID.2.16.840.1.101.3.4.2.2" ->
                    Sha512Digest.sha384(algorithm);
            case "SHA-512", "SHA512", "2.16.840.1.101.3.4.2.3", "OID.2.16.840.1.101.3.4.2.3" ->
                    Sha512Digest.sha512(algorithm);
            case "SHA-512/224", "SHA512/224", "2.16.840.1.101.3.4.2.5", "OID.2.16.840.1.101.3.4.2.5" ->
                    Sha512Digest.sha512t224(algorithm);
            case "SHA-512/256", "SHA512/256", "2.16.840.1.101.3.4.2.6", "OID.2.16.840.1.101.3.4.2.6" ->
                    Sha512Digest.sha512t256(algorithm);
            case "SHA3-224", "2.16.840.1.101.3.4.2.7", "OID.2.16.840.1.101.3.4.2.7" -> Sha3Digest.sha3(algorithm, 28);
            case "SHA3-256", "2.16.840.1.101.3.4.2.8", "OID.2.16.840.1.101.3.4.2.8" -> Sha3Digest.sha3(algorithm, 32);
            case "SHA3-384", "2.16.840.1.101.3.4.2.9", "OID.2.16.840.1.101.3.4.2.9" -> Sha3Digest.sha3(algorithm, 48);
            case "SHA3-512", "2.16.840.1.101.3.4.2.10", "OID.2.16.840.1.101.3.4.2.10" -> Sha3Digest.sha3(algorithm, 64);
            case "SHAKE128-256", "SHAKE128", "2.16.840.1.101.3.4.2.11", "OID.2.16.840.1.101.3.4.2.11" ->
                    Sha3Digest.shake(algorithm, 168, 32);
            case "SHAKE256-512", "SHAKE256", "2.16.840.1.101.3.4.2.12", "OID.2.16.840.1.101.3.4.2.12" ->
                    Sha3Digest.shake(algorithm, 136, 64);
            default -> null;
        };
    }
}
