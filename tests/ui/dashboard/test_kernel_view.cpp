// Kernels you can see (#23): a layer reading more than 3 channels shows one channel's slices at a
// time, large, on the layer's one symmetric scale; a click on a kernel of the layer before shows the
// slices that read its output. The last step shows before, Δ = after − before on its own scale,
// and after.
#include <QtTest>

#include "tests/test_main.hpp"
#include "ui/dashboard/kernel_view.hpp"
#include "ui/dashboard/last_step_view.hpp"
#include "ui/plot/heatmap_mosaic.hpp"

using namespace cnnlab;

namespace {

// count kernels of `channels` slices, size × size, with distinct values: kernel i, channel j, cell c
// is (i + 1) · 0.01 + j + c · 0.001, negated for odd kernels.
KernelSet kernelSet(std::size_t layer, std::size_t count, std::size_t channels, std::size_t size = 3) {
  KernelSet set;
  set.layer = layer;
  set.description = "Conv";
  set.count = count;
  set.channels = channels;
  set.size = size;
  set.kernels.set_size(channels * size * size, count);
  for (std::size_t i = 0; i < count; ++i)
    for (std::size_t j = 0; j < channels; ++j)
      for (std::size_t c = 0; c < size * size; ++c)
        set.kernels(j * size * size + c, i) = float((i % 2 ? -1 : 1) * ((i + 1) * 0.01 + double(j) + double(c) * 0.001));
  return set;
}

QPoint centreOfTile(HeatmapMosaic* m, int tile) {
  QCoreApplication::processEvents();
  m->replot(QCustomPlot::rpImmediateRefresh);  // laid out: its axes map cells to pixels
  // Scan the mosaic for a point of that tile: the tiles' geometry is the mosaic's own business.
  for (int y = 0; y < m->height(); y += 2)
    for (int x = 0; x < m->width(); x += 2)
      if (m->tileAt(QPoint(x, y)) == tile) {
        int x2 = x;
        while (m->tileAt(QPoint(x2 + 1, y)) == tile) ++x2;
        return QPoint((x + x2) / 2, y + 4);
      }
  return QPoint(-1, -1);
}

}  // namespace

class TestKernelView : public QObject {
  Q_OBJECT

 private slots:
  void aDeepLayerShowsOneChannelAtATime() {
    KernelView view;
    view.resize(1200, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setKernels({kernelSet(0, 6, 1), kernelSet(3, 16, 6)});
    HeatmapMosaic* first = view.mosaics()[0];
    HeatmapMosaic* second = view.mosaics()[1];
    QCOMPARE(first->tileCount(), std::size_t(6));
    QCOMPARE(second->tileCount(), std::size_t(16));  // not 96: one channel's slices
    QCOMPARE(view.shownChannel(1), std::size_t(0));
    QCOMPARE(first->selectedTile(), 0);  // the kernel whose output channel 1 is
    // One symmetric scale for the whole layer, whichever channel is shown: ±max |w| over all 96 slices.
    const double limit = double(float(16 * 0.01 + 5 + 8 * 0.001));  // kernel 16, channel 6, last cell (in float)
    QCOMPARE(second->dataRange().upper, limit);
    QCOMPARE(second->dataRange().lower, -limit);
    QVERIFY(second->valueTextAt(centreOfTile(second, 0)).startsWith("kernel 1, channel 1"));

    // A click on layer 1's kernel 3: layer 4 shows the slices that read it.
    QCoreApplication::processEvents();
    const QPoint third = centreOfTile(first, 2);
    QVERIFY(third.x() >= 0);
    QTest::mouseClick(first, Qt::LeftButton, {}, third);
    QCOMPARE(view.shownChannel(1), std::size_t(2));
    QCOMPARE(first->selectedTile(), 2);
    QVERIFY2(second->valueTextAt(centreOfTile(second, 4)).startsWith("kernel 5, channel 3"),
             qPrintable(second->valueTextAt(centreOfTile(second, 4))));
    QCOMPARE(second->dataRange().upper, limit);  // the scale stays the layer's

    // Layers whose channels are not the previous layer's kernels are not switched by a click.
    view.setKernels({kernelSet(0, 4, 1), kernelSet(3, 16, 6)});
    QCoreApplication::processEvents();
    QTest::mouseClick(view.mosaics()[0], Qt::LeftButton, {}, centreOfTile(view.mosaics()[0], 1));
    QCOMPARE(view.shownChannel(1), std::size_t(2));  // unchanged
  }

  // A one-channel layer's kernels wrap into the rows that make them largest: a tall panel (the
  // dashboard's in presenter mode) shows 5 kernels as 2 + 2 + 1, a wide strip as one row; the
  // hover text still names the kernel under the pointer.
  void kernelsWrapToTheirPanelsShape() {
    KernelView view;
    view.resize(420, 460);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setKernels({kernelSet(0, 5, 1)});
    HeatmapMosaic* mosaic = view.mosaics()[0];
    QCoreApplication::processEvents();
    mosaic->replot(QCustomPlot::rpImmediateRefresh);
    QCOMPARE(mosaic->columnsShown(), 2);
    // Kernel 5 alone on the third row: below kernel 1, left of where kernel 6 would be.
    const QPoint first = centreOfTile(mosaic, 0), second = centreOfTile(mosaic, 1), last = centreOfTile(mosaic, 4);
    QVERIFY(first.x() >= 0 && second.x() >= 0 && last.x() >= 0);
    QVERIFY(std::abs(last.x() - first.x()) <= 2 && last.y() > first.y() && second.y() == first.y());
    view.resize(1400, 200);
    QCoreApplication::processEvents();
    mosaic->replot(QCustomPlot::rpImmediateRefresh);
    mosaic->replot(QCustomPlot::rpImmediateRefresh);
    QCOMPARE(mosaic->columnsShown(), 5);
  }

  void theLastStepShowsTheChange() {
    LastStepView view;
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    LastStep step;
    step.valid = true;
    step.step = 7;
    step.learningRate = 0.1;
    step.before = kernelSet(0, 4, 1);
    step.gradient = kernelSet(0, 4, 1);
    step.after = step.before;
    step.after.kernels -= 0.1f * step.gradient.kernels;  // K ← K − η ∂E/∂K
    view.setLastStep(step);
    QCOMPARE(view.delta()->tileCount(), std::size_t(4));
    // Δ on its own symmetric scale: max |after − before| = η · max |∂E/∂K|.
    const double largestChange = arma::abs(step.after.kernels - step.before.kernels).max();
    QVERIFY(std::abs(view.delta()->dataRange().upper - largestChange) < 1e-6);
    QVERIFY(std::abs(view.delta()->dataRange().lower + largestChange) < 1e-6);
    // Before and after on one scale, which is not Δ's.
    QCOMPARE(view.before()->dataRange().upper, view.after()->dataRange().upper);
    QVERIFY(view.before()->dataRange().upper > 5 * largestChange);
    QVERIFY2(view.caption().contains("Step 7") && view.caption().contains("% of the largest weight"), qPrintable(view.caption()));
  }
};

CNNLAB_TEST_MAIN(TestKernelView)
#include "test_kernel_view.moc"
