// A grid of small heatmaps (kernels, feature maps, an image) in one QCPColorMap, one empty cell
// between tiles, square cells, no interpolation; hovering shows the exact value of a cell. A screen
// reader gets its title, range and the hovered value (ui/accessibility/heatmap_mosaic_accessible).
#pragma once

#include <QStringList>
#include <armadillo>
#include <optional>
#include <qcustomplot.h>
#include <vector>

namespace cnnlab {

class HeatmapMosaic : public QCustomPlot {
  Q_OBJECT

 public:
  enum class Scale { Diverging, Sequential, Ink };

  explicit HeatmapMosaic(QWidget* parent = nullptr);

  void setTitle(const QString& title);
  QString title() const { return titleText_; }  // as set, unwrapped
  void setScale(Scale scale);
  Scale scale() const { return scale_; }
  // The colour range; unset: ±max|v| (diverging) or [min, max] (otherwise) of the tiles.
  void setFixedRange(std::optional<QCPRange> range);
  void setColorScaleVisible(bool visible);
  void setPresenterMode(bool presenter);

  // Tiles of equal size (row 0 = top), `columns` per row; names label them in the hover text.
  void setTiles(const std::vector<arma::fmat>& tiles, int columns, const QStringList& names = {});
  // From now on, up to `columns` per row: as many as make the tiles largest in the plot's shape
  // (a tall presenter panel shows 5 kernels as 2 + 2 + 1 at twice the size of a row of 5).
  void setColumnsFitted(bool fitted);
  int columnsShown() const { return columns_; }
  std::size_t tileCount() const { return tiles_.size(); }
  QCPRange dataRange() const;

  // The hover text at a widget position, empty outside every tile: "kernel 2 · row 1, col 0: −0.4312".
  QString valueTextAt(const QPoint& position) const;
  // The tile at a widget position, or −1. A click on a tile emits tileClicked.
  int tileAt(const QPoint& position) const;
  // The hover text of the cell under the pointer, empty when it is on none.
  QString hoveredText() const { return hovered_; }
  // A tile's name as setTiles gave it, else "tile N" (counted from 1).
  QString tileName(int tile) const;
  // A frame around one tile (−1: none), as the kernel whose slices another mosaic shows.
  void setSelectedTile(int tile);
  int selectedTile() const { return selected_; }

 signals:
  void tileClicked(int tile);

 public:

  // Narrow enough for a 1280-pixel window in presenter mode: a long title wraps at its " · ".
  QSize minimumSizeHint() const override;
  // In a view that scrolls down (the Draw tab's layer column): at least plotHeight, and taller by
  // every line the title wraps to, so a narrow column grows the row rather than cut the title.
  void setScrollingHeight(int plotHeight);

 protected:
  void resizeEvent(QResizeEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void leaveEvent(QEvent* event) override;
  void showEvent(QShowEvent* event) override;

 private:
  void fitRanges();
  bool fitTitle(int width);  // true when the title's lines changed
  int colorBarWidth() const;
  void setColorTicks(int count);  // 3, 2 (the ends) or 0 labels on the colour bar
  void fitColorTicks();

  QCPTextElement* title_ = nullptr;
  int scrollingHeight_ = 0;  // 0: the title's extra lines are not asked for (setScrollingHeight)
  QCPColorMap* map_ = nullptr;
  QCPColorScale* colorScale_ = nullptr;
  Scale scale_ = Scale::Diverging;
  bool colorScaleWanted_ = true;
  std::optional<QCPRange> fixedRange_;
  std::vector<arma::fmat> tiles_;
  QStringList names_;
  QString titleText_;  // unwrapped
  int colorTicks_ = -1;  // labels on the colour bar; −1: not yet decided
  int selected_ = -1;
  QString hovered_;  // valueTextAt the pointer
  void setHovered(const QString& text);
  QCPItemRect* selectedFrame_ = nullptr;
  void placeSelectedFrame();
  struct CellAt {
    std::size_t tile;
    int row, col;
  };
  std::optional<CellAt> cellAt(const QPoint& position) const;
  int columns_ = 1, tileRows_ = 0, tileCols_ = 0, cellsWide_ = 0, cellsHigh_ = 0;
  int requestedColumns_ = 1;  // setTiles' columns: all of them, or the most setColumnsFitted may use
  bool columnsFitted_ = false;
  void placeTiles(int columns);
  int fittedColumns() const;  // requestedColumns_ or fewer, for the axis rectangle's shape
  static constexpr int kGap = 1;
};

}  // namespace cnnlab
