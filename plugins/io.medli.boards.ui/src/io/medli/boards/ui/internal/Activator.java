package io.medli.boards.ui.internal;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

import io.medli.launch.EdgeBenchmarking;

/** Installs the IDE's host-key question for board connections while this bundle is active. */
public final class Activator implements BundleActivator {
    @Override
    public void start(BundleContext context) {
        EdgeBenchmarking.setHostKeyPrompt(Activator::askAboutNewKey);
    }

    @Override
    public void stop(BundleContext context) {
        EdgeBenchmarking.setHostKeyPrompt(null);
    }

    /** Shows a board's new host key with its fingerprint; a connection that asks waits for the answer. */
    static boolean askAboutNewKey(String host, String type, String fingerprint) {
        if (!PlatformUI.isWorkbenchRunning()) return false;
        Display d = PlatformUI.getWorkbench().getDisplay();
        boolean[] yes = { false };
        d.syncExec(() -> yes[0] = MessageDialog.openQuestion(d.getActiveShell(), "New Host Key",
                "MEDLI has not connected to " + host + " before. Its host key is\n\n    " + type + " " + fingerprint
                        + "\n\nCompare the fingerprint with the board's (on the board: ssh-keygen -lf /etc/ssh/ssh_host_" + shortType(type)
                        + "_key.pub). Trust this key and remember it in ~/.medli/known_hosts?"));
        return yes[0];
    }

    private static String shortType(String type) {
        return type.contains("ed25519") ? "ed25519" : type.startsWith("ecdsa") ? "ecdsa" : "rsa";
    }
}
