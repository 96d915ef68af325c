package io.medli.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Saves what a window shows, for docs/images (Xvfb provides the pixels). */
final class Screenshots {
    private Screenshots() {
    }

    static void take(Shell shell, String name) throws Exception {
        Display display = shell.getDisplay();
        shell.setBounds(0, 0, 1280, 800);
        UiWait.dispatch(1500);
        var bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            Path dir = Path.of(System.getProperty("medli.screenshots.dir", "target/screenshots"));
            Files.createDirectories(dir);
            loader.save(dir.resolve(name).toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
