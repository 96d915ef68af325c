package io.medli.mqtt;

/**
 * Eclipse Paho's MQTT v5 client, wrapped: its published jar exports only
 * {@code org.eclipse.paho.mqttv5.client}, while its API needs the {@code common} and {@code persist}
 * packages too. This bundle carries the same classes (unpacked by the build, unchanged) and exports
 * them all, for the agent on a board (a plain class path) and the IDE (OSGi) alike.
 */
public final class Paho {
    /** The Paho release wrapped here. */
    public static final String VERSION = "1.2.5";

    private Paho() {
    }
}
