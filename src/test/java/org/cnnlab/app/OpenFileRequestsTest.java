package org.cnnlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenFileRequestsTest {
    private final OpenFileRequests requests = new OpenFileRequests();
    private final List<LaunchFile> opened = new ArrayList<>();

    @Test
    void requestsBeforeTheWindowExistsWaitForItInOrder() {
        requests.offer(new File("week1.cnnlesson"));
        requests.offer(new File("edges.cnnkernels"));
        assertThat(opened).isEmpty();

        requests.deliverTo(opened::add);

        assertThat(opened).extracting(LaunchFile::file).containsExactly(Path.of("week1.cnnlesson"), Path.of("edges.cnnkernels"));
    }

    @Test
    void aRunningWindowGetsEachRequestAtOnceAndOnlyOnce() {
        requests.deliverTo(opened::add);
        requests.offer(new File("edges.cnnkernels"));
        requests.deliverTo(opened::add);

        assertThat(opened).extracting(LaunchFile::kind).containsExactly(LaunchFile.Kind.KERNEL_SET);
    }

    @Test
    void aClosedWindowLetsRequestsWaitForTheNextOne() {
        requests.deliverTo(opened::add);
        requests.deliverTo(null);
        requests.offer(new File("edges.cnnkernels"));
        assertThat(opened).isEmpty();

        List<LaunchFile> next = new ArrayList<>();
        requests.deliverTo(next::add);
        assertThat(next).hasSize(1);
    }

    @Test
    void filesOfOtherKindsAreNotOpened() {
        requests.deliverTo(opened::add);
        requests.offer(new File("photo.png"));
        requests.offer(new File("notes.txt"));
        assertThat(opened).isEmpty();
    }
}
