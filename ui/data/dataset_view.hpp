// The dataset browser: choose a source (the embedded MNIST subset, a folder of IDX files or an
// image folder), the classes, per-class limits and the train/test split; see a grid of images
// with labels and class counts; send the choice to the training dashboard.
#pragma once

#include <QWidget>
#include <armadillo>
#include <functional>
#include <string>

#include "ui/imageio/image_folder.hpp"
#include "engine/data/dataset.hpp"

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace cnnlab {

class TrainingSession;
class ImageGrid;

class DatasetView : public QWidget {
  Q_OBJECT

 public:
  // "Train on this data" hands the choice to session, which must outlive the view.
  explicit DatasetView(TrainingSession& session, QWidget* parent = nullptr);

  // Loads the embedded MNIST subset (8,000 train / 2,000 test).
  void loadEmbedded();
  // Loads MNIST-layout IDX files or an image folder. On any error the previous data stays, the
  // error is shown on one line and returned in *error.
  bool loadDirectory(const QString& directory, QString* error = nullptr);

  // What loadDirectory reads a folder with (readDataDirectory unless replaced, e.g. by a test).
  using DirectoryReader = std::function<RawSplit(const std::string& directory, double trainFraction,
                                                 const ImageFolderOptions& options)>;
  void setDirectoryReader(DirectoryReader reader) { reader_ = std::move(reader); }
  // "Keep colour": image folders are read as R, G, B (ImageFolderOptions::color); IDX files stay grey.
  void setKeepColour(bool keep);
  bool keepColour() const;
  QCheckBox* keepColourBox() const { return colour_; }

  const RawSplit& data() const { return *data_; }
  QString sourceName() const { return source_; }

  // The choice as the engine takes it.
  Selection trainSelection() const;
  Selection testSelection() const;
  void setSelectedClasses(const std::vector<int>& classes);  // empty: all
  std::vector<int> selectedClasses() const;
  void setPerClassLimits(int train, int test);                // 0: all
  void setTrainFraction(double fraction);                     // for one IDX pair or an image folder
  double trainFraction() const;

  // Sends data + selections to the session (TrainingSession::useData) and asks for the Train tab.
  // Refused with the reason shown when no class is selected or the session rejects it.
  bool useInDashboard(QString* error = nullptr);
  // "The dashboard is training on: …", kept up to date with the session's data.
  QLabel* dashboardDataLabel() const { return dashboardData_; }

  // Adds a drawing (H × W in [0, 1], resized to the data's size if needed) at the front of the
  // training images with this label, so per-class limits keep it. *message says what happened.
  bool addDrawing(const arma::fmat& image, int label, QString* message = nullptr);
  int drawingsAdded() const { return drawings_; }

  ImageGrid* grid() const { return grid_; }
  QListWidget* classList() const { return classList_; }
  QLabel* errorLabel() const { return error_; }
  QLabel* summaryLabel() const { return summary_; }

 signals:
  // Asks the window to show a view by its command-line name ("dashboard").
  void showViewRequested(const QString& name);

 private:
  void setData(RawSplit data, const QString& source);  // replaces everything after a good load
  void refresh();                                      // the counts, the grid and the summary
  void showError(const QString& message);

  // Shared with the grid and, once "Train on this data" is pressed, the session: held once.
  std::shared_ptr<RawSplit> data_ = std::make_shared<RawSplit>();
  QString source_;
  int drawings_ = 0;
  bool updating_ = false;
  TrainingSession& session_;

  QLabel *sourceLabel_, *summary_, *error_, *dashboardData_;
  QListWidget* classList_;
  QSpinBox *trainLimit_, *testLimit_, *sizeBox_;
  QDoubleSpinBox* fraction_;
  QCheckBox *invert_, *colour_;
  DirectoryReader reader_;
  QPushButton* useButton_;
  ImageGrid* grid_;
};

}  // namespace cnnlab
