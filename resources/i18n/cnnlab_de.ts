<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>HeatmapMosaicAccessible</name>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>diverging colours centred on 0</source>
        <translation>divergierende Farben, zentriert auf 0</translation>
    </message>
    <message>
        <source>sequential colours</source>
        <translation>sequenzielle Farben</translation>
    </message>
    <message>
        <source>ink from white to black</source>
        <translation>Tinte von Weiß nach Schwarz</translation>
    </message>
    <message numerus="yes">
        <source>%n tiles</source>
        <translation>
            <numerusform>%n Kachel</numerusform>
            <numerusform>%n Kacheln</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 von %2 bis %3</translation>
    </message>
    <message>
        <source>selected: %1</source>
        <translation>ausgewählt: %1</translation>
    </message>
</context>
<context>
    <name>MatrixCellAccessible</name>
    <message>
        <source>row %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>product %1</source>
        <translation>Produkt %1</translation>
    </message>
    <message>
        <source>not yet computed</source>
        <translation>noch nicht berechnet</translation>
    </message>
    <message>
        <source>the cell being computed</source>
        <translation>die gerade berechnete Zelle</translation>
    </message>
    <message>
        <source>marked</source>
        <translation>markiert</translation>
    </message>
    <message>
        <source>part of the mistake</source>
        <translation>Teil des Fehlers</translation>
    </message>
</context>
<context>
    <name>MatrixGridAccessible</name>
    <message>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <source>Matrix %1</source>
        <translation>Matrix %1</translation>
    </message>
    <message>
        <source>%1 rows by %2 columns</source>
        <translation>%1 Zeilen mal %2 Spalten</translation>
    </message>
    <message>
        <source>zero-padded by %1 rows and %2 columns</source>
        <translation>um %1 Zeilen und %2 Spalten mit Nullen aufgefüllt</translation>
    </message>
    <message>
        <source>window on %1, %2</source>
        <translation>Fenster auf %1, %2</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>rows %1 to %2</source>
        <translation>Zeilen %1 bis %2</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>columns %1 to %2</source>
        <translation>Spalten %1 bis %2</translation>
    </message>
    <message>
        <source>current cell row %1, column %2: %3</source>
        <translation>aktuelle Zelle Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>%1 cells not yet computed</source>
        <translation>%1 Zellen noch nicht berechnet</translation>
    </message>
    <message>
        <source>arrow keys move between cells</source>
        <translation>Pfeiltasten wechseln zwischen den Zellen</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>That question is no longer asked.</source>
        <translation>Diese Frage wird nicht mehr gestellt.</translation>
    </message>
    <message>
        <source>The question is closed.</source>
        <translation>Die Frage ist geschlossen.</translation>
    </message>
    <message>
        <source>You have answered this question already.</source>
        <translation>Du hast diese Frage schon beantwortet.</translation>
    </message>
    <message>
        <source>Too fast: wait a second and try again.</source>
        <translation>Zu schnell: warte eine Sekunde und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>The quiz is full.</source>
        <translation>Das Quiz ist voll.</translation>
    </message>
    <message numerus="yes">
        <source>This computer has answered this question %n times already.</source>
        <translation>
            <numerusform>Dieser Computer hat diese Frage schon %n-mal beantwortet.</numerusform>
            <numerusform>Dieser Computer hat diese Frage schon %n-mal beantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please type one number, e.g. 7 or -2.5.</source>
        <translation>Bitte gib eine Zahl ein, z. B. 7 oder -2.5.</translation>
    </message>
    <message>
        <source>Thank you: your answer is in.</source>
        <translation>Danke: deine Antwort ist angekommen.</translation>
    </message>
    <message>
        <source>training</source>
        <translation>trainiert</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergiert</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>before activation</source>
        <translation>vor Aktivierung</translation>
    </message>
    <message>
        <source>after activation</source>
        <translation>nach Aktivierung</translation>
    </message>
    <message>
        <source>pooled</source>
        <translation>gepoolt</translation>
    </message>
    <message>
        <source>Layer %1 · %2%3 · %4</source>
        <translation>Schicht %1 · %2%3 · %4</translation>
    </message>
    <message>
        <source>kernel %1</source>
        <translation>Kernel %1</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>nothing to export</source>
        <translation>nichts zu exportieren</translation>
    </message>
    <message>
        <source>unknown file type &apos;%1&apos;: use .png, .svg or .pdf</source>
        <translation>unbekannter Dateityp &apos;%1&apos;: verwende .png, .svg oder .pdf</translation>
    </message>
    <message>
        <source>cannot draw the %1 image</source>
        <translation>kann das %1-Bild nicht zeichnen</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>kann %1 nicht schreiben</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export this plot (PNG, SVG, PDF)…</source>
        <translation>Dieses Diagramm exportieren (PNG, SVG, PDF)…</translation>
    </message>
    <message>
        <source>… (%1 products)</source>
        <translation>… (%1 Produkte)</translation>
    </message>
    <message>
        <source>the network in the Train tab (epoch %1)</source>
        <translation>das Netz im Tab „Training“ (Epoche %1)</translation>
    </message>
    <message>
        <source>an untrained seed-binary network (initial weights): train in the Train tab to see learned kernels</source>
        <translation>ein untrainiertes seed-binary-Netz (Anfangsgewichte): trainiere im Tab „Training“, um gelernte Kernel zu sehen</translation>
    </message>
    <message>
        <source>an untrained mlp preset (initial weights): train the mlp preset in the Train tab to see learned weights</source>
        <translation>eine untrainierte mlp-Vorlage (Anfangsgewichte): trainiere die mlp-Vorlage im Tab „Training“, um gelernte Gewichte zu sehen</translation>
    </message>
    <message>
        <source>the Train tab&apos;s network is not an MLP (%1), so an untrained mlp preset (initial weights)</source>
        <translation>das Netz im Tab „Training“ ist kein MLP (%1), daher eine untrainierte mlp-Vorlage (Anfangsgewichte)</translation>
    </message>
    <message>
        <source>Press ▶ Run experiment to train the runs side by side</source>
        <translation>„▶ Experiment starten“ drücken: die Läufe trainieren nebeneinander</translation>
    </message>
</context>
<context>
    <name>cnnlab::Board</name>
    <message>
        <source>Stage %1 of %2:   %3</source>
        <translation>Stufe %1 von %2:   %3</translation>
    </message>
    <message>
        <source>  (zero-padded)</source>
        <translation>  (mit Nullen aufgefüllt)</translation>
    </message>
    <message>
        <source> → rotate 180°</source>
        <translation> → um 180° drehen</translation>
    </message>
    <message>
        <source>Hover over a cell of %1 to see which results use it; click a result cell to jump to it.</source>
        <translation>Maus über eine Zelle von %1: welche Ergebnisse sie nutzen. Klick auf ein Ergebnis: zu seinem Schritt.</translation>
    </message>
    <message>
        <source>lines %1–%2 of %3 · Page Down: %4</source>
        <translation>Zeilen %1–%2 von %3 · Bild ab: %4</translation>
    </message>
    <message>
        <source>more</source>
        <translation>mehr</translation>
    </message>
    <message>
        <source>next step</source>
        <translation>nächster Schritt</translation>
    </message>
    <message>
        <source>Press Step ▶ to compute %1</source>
        <translation>Drücke Schritt ▶, um %1 zu berechnen</translation>
    </message>
    <message>
        <source>Convolution first rotates the kernel by 180°: horizontal flip, then vertical flip</source>
        <translation>Die Faltung dreht den Kernel zuerst um 180°: horizontal spiegeln, dann vertikal spiegeln</translation>
    </message>
    <message>
        <source>%1 is not used by any result</source>
        <translation>%1 wird von keinem Ergebnis verwendet</translation>
    </message>
    <message>
        <source>%1 is used by %2</source>
        <translation>%1 wird verwendet von %2</translation>
    </message>
    <message>
        <source>Operation: %1</source>
        <translation>Operation: %1</translation>
    </message>
</context>
<context>
    <name>cnnlab::ClassDrawingsView</name>
    <message>
        <source>The class&apos;s drawings — cnnlab</source>
        <translation>Zeichnungen der Klasse — cnnlab</translation>
    </message>
    <message>
        <source>Add to training data</source>
        <translation>Zu Trainingsdaten hinzufügen</translation>
    </message>
    <message>
        <source>The drawings that say which digit they are join the training data; press Start to train on them</source>
        <translation>Die Zeichnungen, die ihre Ziffer angeben, kommen zu den Trainingsdaten; drücke Start, um damit zu trainieren</translation>
    </message>
    <message>
        <source>Export folder…</source>
        <translation>Ordner exportieren…</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Export the class&apos;s drawings into a folder</source>
        <translation>Zeichnungen der Klasse in einen Ordner exportieren</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message numerus="yes">
        <source>Show %n hidden</source>
        <translation>
            <numerusform>%n ausgeblendete zeigen</numerusform>
            <numerusform>%n ausgeblendete zeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>No drawings yet: students draw on the page&apos;s Draw tab.</source>
        <translation>Noch keine Zeichnungen: Lernende zeichnen im Tab „Zeichnen“ der Webseite.</translation>
    </message>
    <message numerus="yes">
        <source>%n drawing(s)</source>
        <translation>
            <numerusform>%n Zeichnung</numerusform>
            <numerusform>%n Zeichnungen</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 say which digit they are: %2 of them right (%3 %)</source>
        <translation> · %1 geben ihre Ziffer an: %2 davon richtig (%3 %)</translation>
    </message>
    <message>
        <source>says %1</source>
        <translation>erkannt %1</translation>
    </message>
    <message>
        <source>meant %1 %2</source>
        <translation>gemeint %1 %2</translation>
    </message>
    <message>
        <source>meant ↓  says →</source>
        <translation>gemeint ↓  erkannt →</translation>
    </message>
    <message>
        <source>the page&apos;s network is a model file, which does not train here</source>
        <translation>das Netz der Webseite ist eine Modelldatei, die hier nicht trainiert</translation>
    </message>
    <message>
        <source>no drawing says which digit it is</source>
        <translation>keine Zeichnung gibt ihre Ziffer an</translation>
    </message>
    <message>
        <source>%1: cannot make the folder</source>
        <translation>%1: Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>there are no drawings to export</source>
        <translation>es gibt keine Zeichnungen zum Exportieren</translation>
    </message>
</context>
<context>
    <name>cnnlab::ClassroomClient</name>
    <message>
        <source>too many messages</source>
        <translation>zu viele Nachrichten</translation>
    </message>
    <message>
        <source>too slow: %1 bytes waiting</source>
        <translation>zu langsam: %1 Bytes warten</translation>
    </message>
    <message>
        <source>stalled: nothing taken for %1 ms</source>
        <translation>blockiert: seit %1 ms nichts abgenommen</translation>
    </message>
</context>
<context>
    <name>cnnlab::ClassroomServer</name>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>kann nicht auf %1:%2 lauschen: %3</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>only POST /api/predict takes a body</source>
        <translation>nur POST /api/predict nimmt einen Body an</translation>
    </message>
    <message>
        <source>students only read: GET and HEAD</source>
        <translation>Lernende lesen nur: GET und HEAD</translation>
    </message>
    <message>
        <source>ask your teacher for the join code</source>
        <translation>frag deine Lehrkraft nach dem Beitrittscode</translation>
    </message>
    <message>
        <source>classify an image with POST</source>
        <translation>klassifiziere ein Bild mit POST</translation>
    </message>
    <message>
        <source>too many predictions at once; wait a moment</source>
        <translation>zu viele Vorhersagen auf einmal; warte einen Moment</translation>
    </message>
    <message>
        <source>there is no network yet: the teacher has not built or loaded one</source>
        <translation>es gibt noch kein Netz: Die Lehrkraft hat noch keins gebaut oder geladen</translation>
    </message>
    <message>
        <source>send a PNG or JPEG image, or a JSON array of pixels</source>
        <translation>sende ein PNG- oder JPEG-Bild oder ein JSON-Array aus Pixeln</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>no example named %1</source>
        <translation>kein Beispiel namens %1</translation>
    </message>
    <message>
        <source>the class is full (%1 students)</source>
        <translation>die Klasse ist voll (%1 Lernende)</translation>
    </message>
    <message>
        <source>the class is full</source>
        <translation>die Klasse ist voll</translation>
    </message>
    <message>
        <source>The page sent something I do not understand.</source>
        <translation>Die Seite hat etwas gesendet, das ich nicht verstehe.</translation>
    </message>
</context>
<context>
    <name>cnnlab::CompareView</name>
    <message>
        <source>▶ Run experiment</source>
        <translation>▶ Experiment starten</translation>
    </message>
    <message>
        <source>Run experiment</source>
        <translation>Experiment starten</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ Pause</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Progress of the experiment</source>
        <translation>Fortschritt des Experiments</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>Testgenauigkeit</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>Genauigkeit (%)</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Test accuracy per epoch</source>
        <translation>Testgenauigkeit pro Epoche</translation>
    </message>
    <message>
        <source>Training loss per epoch</source>
        <translation>Trainingsverlust pro Epoche</translation>
    </message>
    <message>
        <source>One line per run; the table under the plots gives each run&apos;s numbers</source>
        <translation>Eine Linie pro Lauf; die Tabelle unter den Diagrammen nennt die Zahlen jedes Laufs</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>Trainingszeit</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source>&lt;b&gt;Claim&lt;/b&gt; (%1): %2&lt;br&gt;%3 runs on the same digits and seed, differing in %4: %5.</source>
        <translation>&lt;b&gt;Behauptung&lt;/b&gt; (%1): %2&lt;br&gt;%3 Läufe mit denselben Ziffern und demselben Startwert, verschieden in %4: %5.</translation>
    </message>
    <message>
        <source>The comparison failed: %1</source>
        <translation>Der Vergleich ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>▶ Resume</source>
        <translation>▶ Fortsetzen</translation>
    </message>
    <message>
        <source>↺ Restart</source>
        <translation>↺ Neustart</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Urteil: %1</translation>
    </message>
</context>
<context>
    <name>cnnlab::ConceptsView</name>
    <message>
        <source>Activations</source>
        <translation>Aktivierungen</translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation>Softmax</translation>
    </message>
    <message>
        <source>Softmax Jacobian</source>
        <translation>Softmax-Jacobi-Matrix</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>Verluste</translation>
    </message>
    <message>
        <source>Errata</source>
        <translation>Errata</translation>
    </message>
    <message>
        <source>Activation functions add non-linearity; backpropagation needs their derivatives</source>
        <translation>Aktivierungsfunktionen bringen Nichtlinearität; Backpropagation braucht ihre Ableitungen</translation>
    </message>
    <message>
        <source>Activation function</source>
        <translation>Aktivierungsfunktion</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>x slider</source>
        <translation>x-Schieberegler</translation>
    </message>
    <message>
        <source>x from −6 to 6, in hundredths</source>
        <translation>x von −6 bis 6, in Hundertsteln</translation>
    </message>
    <message>
        <source>The function and its derivative</source>
        <translation>Die Funktion und ihre Ableitung</translation>
    </message>
    <message>
        <source>The formula line under the plot says their values at x</source>
        <translation>Die Formelzeile unter dem Diagramm nennt ihre Werte bei x</translation>
    </message>
    <message>
        <source>Logits x</source>
        <translation>Logits x</translation>
    </message>
    <message>
        <source>Numbers separated by spaces, e.g. 2 1 0.1 -1</source>
        <translation>Zahlen, durch Leerzeichen getrennt, z. B. 2 1 0.1 -1</translation>
    </message>
    <message>
        <source>Temperature T</source>
        <translation>Temperatur T</translation>
    </message>
    <message>
        <source>T from 0.10 to 5.00, in hundredths</source>
        <translation>T von 0.10 bis 5.00, in Hundertsteln</translation>
    </message>
    <message>
        <source>Softmax probabilities</source>
        <translation>Softmax-Wahrscheinlichkeiten</translation>
    </message>
    <message>
        <source>One bar per class; the line under the plot gives every probability</source>
        <translation>Ein Balken pro Klasse; die Zeile unter dem Diagramm nennt jede Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>class i</source>
        <translation>Klasse i</translation>
    </message>
    <message>
        <source>probability Yᵢ</source>
        <translation>Wahrscheinlichkeit Yᵢ</translation>
    </message>
    <message>
        <source>At most %1 logits</source>
        <translation>Höchstens %1 Logits</translation>
    </message>
    <message>
        <source>Logits: %1</source>
        <translation>Logits: %1</translation>
    </message>
    <message>
        <source>prediction p</source>
        <translation>Vorhersage p</translation>
    </message>
    <message>
        <source>p from 0.01 to 0.99, in hundredths</source>
        <translation>p von 0.01 bis 0.99, in Hundertsteln</translation>
    </message>
    <message>
        <source>Loss against the prediction</source>
        <translation>Verlust in Abhängigkeit von der Vorhersage</translation>
    </message>
    <message>
        <source>The line under the plot gives every loss at p</source>
        <translation>Die Zeile unter dem Diagramm nennt jeden Verlust bei p</translation>
    </message>
    <message>
        <source>loss E</source>
        <translation>Verlust E</translation>
    </message>
    <message>
        <source>ReLU′(x) = 1 if x ≥ 0, else 0</source>
        <translation>ReLU′(x) = 1 für x ≥ 0, sonst 0</translation>
    </message>
    <message>
        <source>x = %1:   ReLU(x) = max(0, x) = %2
ReLU′(x) = %3   (1 for x ≥ 0, 0 for x &lt; 0)</source>
        <translation>x = %1:   ReLU(x) = max(0, x) = %2
ReLU′(x) = %3   (1 für x ≥ 0, 0 für x &lt; 0)</translation>
    </message>
    <message>
        <source>Softmax turns logits into probabilities:   Yᵢ = e^(xᵢ/T) / Σⱼ e^(xⱼ/T)</source>
        <translation>Softmax macht aus Logits Wahrscheinlichkeiten:   Yᵢ = e^(xᵢ/T) / Σⱼ e^(xⱼ/T)</translation>
    </message>
    <message>
        <source>T = %1:   %2
small T sharpens toward the largest logit, large T flattens toward 1/%3</source>
        <translation>T = %1:   %2
kleines T schärft zum größten Logit hin, großes T ebnet ein zu 1/%3</translation>
    </message>
    <message>
        <source>Loss vs prediction p:   BCE = −(y log p + (1 − y) log(1 − p)),   MSE = (p − y)² / 2</source>
        <translation>Verlust je Vorhersage p:   BCE = −(y log p + (1 − y) log(1 − p)),   MSE = (p − y)² / 2</translation>
    </message>
    <message>
        <source>p = %1:   BCE(y=1) = %2   BCE(y=0) = %3   MSE(y=1) = %4   MSE(y=0) = %5
a confident wrong prediction costs far more under BCE</source>
        <translation>p = %1:   BCE(y=1) = %2   BCE(y=0) = %3   MSE(y=1) = %4   MSE(y=0) = %5
eine selbstsichere falsche Vorhersage kostet unter BCE weit mehr</translation>
    </message>
</context>
<context>
    <name>cnnlab::ConfusionView</name>
    <message>
        <source>Confusion matrix (test set)</source>
        <translation>Konfusionsmatrix (Testdaten)</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>vorhergesagt</translation>
    </message>
    <message>
        <source>true</source>
        <translation>tatsächlich</translation>
    </message>
    <message>
        <source>Confusion matrix (test set, % of each true class)</source>
        <translation>Konfusionsmatrix (Testdaten, % je tatsächlicher Klasse)</translation>
    </message>
    <message>
        <source>Confusion matrix (test set; enlarge for numbers)</source>
        <translation>Konfusionsmatrix (Testdaten; für Zahlen vergrößern)</translation>
    </message>
</context>
<context>
    <name>cnnlab::CorrelationPanel</name>
    <message>
        <source>Rows separated by &apos;;&apos;, e.g. 1 6 2; 5 3 1; 7 0 9 (up to %1×%1)</source>
        <translation>Zeilen durch &apos;;&apos; getrennt, z. B. 1 6 2; 5 3 1; 7 0 9 (bis %1×%1)</translation>
    </message>
    <message>
        <source>Rows separated by &apos;;&apos;, e.g. 1 2; -1 0 (up to %1×%1)</source>
        <translation>Zeilen durch &apos;;&apos; getrennt, z. B. 1 2; -1 0 (bis %1×%1)</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>full</source>
        <translation>full</translation>
    </message>
    <message>
        <source>pad </source>
        <translation>Pad </translation>
    </message>
    <message>
        <source>stride </source>
        <translation>Stride </translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Los</translation>
    </message>
    <message>
        <source>Step through these matrices (Enter in a matrix field)</source>
        <translation>Diese Matrizen Schritt für Schritt durchgehen (Enter in einem Matrixfeld)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>valid: the kernel stays inside the input; full: it slides over the zero border too</source>
        <translation>valid: Der Kernel bleibt innerhalb der Eingabe; full: Er gleitet auch über den Nullrand</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Correlate, or convolve (correlate with the kernel rotated by 180°)</source>
        <translation>Korrelieren oder falten (korrelieren mit dem um 180° gedrehten Kernel)</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>Padding</translation>
    </message>
    <message>
        <source>Rings of zeros around the input (valid mode)</source>
        <translation>Ringe aus Nullen um die Eingabe (Modus valid)</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>Schrittweite</translation>
    </message>
    <message>
        <source>Cells the window moves at each step</source>
        <translation>Zellen, um die sich das Fenster bei jedem Schritt bewegt</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>★ correlate</source>
        <translation>★ korrelieren</translation>
    </message>
    <message>
        <source>* convolve</source>
        <translation>* falten</translation>
    </message>
</context>
<context>
    <name>cnnlab::CurvesView</name>
    <message>
        <source>Training loss per step</source>
        <translation>Trainingsverlust pro Schritt</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Loss per epoch</source>
        <translation>Verlust pro Epoche</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Accuracy per epoch</source>
        <translation>Genauigkeit pro Epoche</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>Genauigkeit (%)</translation>
    </message>
    <message>
        <source>previous run</source>
        <translation>vorheriger Lauf</translation>
    </message>
    <message>
        <source>per step</source>
        <translation>pro Schritt</translation>
    </message>
    <message>
        <source>smoothed</source>
        <translation>geglättet</translation>
    </message>
    <message>
        <source>previous test</source>
        <translation>vorheriger Test</translation>
    </message>
    <message>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>one point per epoch</source>
        <translation>ein Punkt pro Epoche</translation>
    </message>
</context>
<context>
    <name>cnnlab::DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Kernels</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Feature maps</source>
        <translation>Feature-Maps</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>The network and data to train</source>
        <translation>Das zu trainierende Netz und die Daten</translation>
    </message>
    <message>
        <source>Random seed for the initial weights and the data order; applies on Reset</source>
        <translation>Startwert (Seed) für die Anfangsgewichte und die Datenreihenfolge; gilt ab Zurücksetzen</translation>
    </message>
    <message>
        <source>Epochs that Start trains</source>
        <translation>Epochen, die Start trainiert</translation>
    </message>
    <message>
        <source>Learning rate η; applies from the next step</source>
        <translation>Lernrate η; gilt ab dem nächsten Schritt</translation>
    </message>
    <message>
        <source>Batch size; applies from the next step</source>
        <translation>Batchgröße; gilt ab dem nächsten Schritt</translation>
    </message>
    <message>
        <source>Slow training down to explain what happens step by step</source>
        <translation>Training verlangsamen, um Schritt für Schritt zu erklären, was passiert</translation>
    </message>
    <message>
        <source>▶ Start</source>
        <translation>▶ Start</translation>
    </message>
    <message>
        <source>Start, pause or resume training (Space)</source>
        <translation>Training starten, pausieren oder fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ Stopp</translation>
    </message>
    <message>
        <source>End the run; the weights stay</source>
        <translation>Lauf beenden; die Gewichte bleiben</translation>
    </message>
    <message>
        <source>⟲ Reset</source>
        <translation>⟲ Neu</translation>
    </message>
    <message>
        <source>New random weights from the seed; this run stays as a grey overlay</source>
        <translation>Neue Zufallsgewichte aus dem Startwert; dieser Lauf bleibt grau eingeblendet</translation>
    </message>
    <message>
        <source>1 sample</source>
        <translation>1 Beispiel</translation>
    </message>
    <message>
        <source>Train on one sample</source>
        <translation>Mit einem Beispiel trainieren</translation>
    </message>
    <message>
        <source>1 batch →</source>
        <translation>1 Batch →</translation>
    </message>
    <message>
        <source>Train on one batch (→)</source>
        <translation>Mit einem Batch trainieren (→)</translation>
    </message>
    <message>
        <source>1 epoch</source>
        <translation>1 Epoche</translation>
    </message>
    <message>
        <source>Train to the end of this epoch</source>
        <translation>Bis zum Ende dieser Epoche trainieren</translation>
    </message>
    <message>
        <source>log scale</source>
        <translation>log. Skala</translation>
    </message>
    <message>
        <source>presenter mode</source>
        <translation>Präsentation</translation>
    </message>
    <message>
        <source>Large text and fewer, larger panels for a projector (F5)</source>
        <translation>Große Schrift und weniger, größere Felder für den Beamer (F5)</translation>
    </message>
    <message>
        <source>next panel ⇟</source>
        <translation>nächstes Feld ⇟</translation>
    </message>
    <message>
        <source>Show the section&apos;s other panel (Page Down)</source>
        <translation>Das andere Feld des Bereichs zeigen (Bild ab)</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Schritt:</translation>
    </message>
    <message>
        <source>Confusion matrix of the test set</source>
        <translation>Konfusionsmatrix der Testdaten</translation>
    </message>
    <message>
        <source>only mistakes</source>
        <translation>nur Fehler</translation>
    </message>
    <message>
        <source>Press ▶ Start (Space) to watch %1 learn</source>
        <translation>▶ Start (Leertaste): %1 lernt</translation>
    </message>
    <message>
        <source>data: %1</source>
        <translation>Daten: %1</translation>
    </message>
    <message>
        <source>the batch size must be between 1 and %1</source>
        <translation>die Batchgröße muss zwischen 1 und %1 liegen</translation>
    </message>
    <message>
        <source>%1 test images · %2 misclassified (framed red) · click one to see its feature maps</source>
        <translation>%1 Testbilder · %2 falsch klassifiziert (rot umrandet) · klicke eines an, um seine Feature-Maps zu sehen</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ Pause</translation>
    </message>
    <message>
        <source>▶ Resume</source>
        <translation>▶ Weiter</translation>
    </message>
    <message>
        <source>%1 · epoch %2 · step %3</source>
        <translation>%1 · Epoche %2 · Schritt %3</translation>
    </message>
    <message>
        <source> (%1/%2 samples)</source>
        <translation> (%1/%2 Beispiele)</translation>
    </message>
    <message>
        <source> · %1 samples/s</source>
        <translation> · %1 Beispiele/s</translation>
    </message>
    <message>
        <source> · loss %1</source>
        <translation> · Verlust %1</translation>
    </message>
    <message>
        <source> · test accuracy %1 %</source>
        <translation> · Testgenauigkeit %1 %</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source>epoch %1 · step %2 · </source>
        <translation>Epoche %1 · Schritt %2 · </translation>
    </message>
    <message>
        <source>loss %1</source>
        <translation>Verlust %1</translation>
    </message>
    <message>
        <source> · test %1 %</source>
        <translation> · Test %1 %</translation>
    </message>
    <message>
        <source>Model not loaded: %1</source>
        <translation>Modell nicht geladen: %1</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>Modell speichern</translation>
    </message>
    <message>
        <source>cnnlab model (*.cnnlab)</source>
        <translation>cnnlab-Modell (*.cnnlab)</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>Load model</source>
        <translation>Modell laden</translation>
    </message>
    <message>
        <source>cnnlab model (*.cnnlab);;All files (*)</source>
        <translation>cnnlab-Modell (*.cnnlab);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Model not loaded</source>
        <translation>Modell nicht geladen</translation>
    </message>
    <message>
        <source>Export metrics</source>
        <translation>Metriken exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>full speed</source>
        <translation>volles Tempo</translation>
    </message>
    <message>
        <source>100 steps/s</source>
        <translation>100 Schritte/s</translation>
    </message>
    <message>
        <source>20 steps/s</source>
        <translation>20 Schritte/s</translation>
    </message>
    <message>
        <source>5 steps/s</source>
        <translation>5 Schritte/s</translation>
    </message>
    <message>
        <source>1 step/s</source>
        <translation>1 Schritt/s</translation>
    </message>
</context>
<context>
    <name>cnnlab::DatasetView</name>
    <message>
        <source>Embedded MNIST</source>
        <translation>Eingebautes MNIST</translation>
    </message>
    <message>
        <source>The 10,000 MNIST digits built into cnnlab</source>
        <translation>Die 10,000 in cnnlab eingebauten MNIST-Ziffern</translation>
    </message>
    <message>
        <source>Open a folder…</source>
        <translation>Ordner öffnen…</translation>
    </message>
    <message>
        <source>MNIST-layout IDX files (train-*/t10k-*, or one images/labels pair), plain or .gz,
or one subfolder of PNG/JPEG images per class</source>
        <translation>IDX-Dateien im MNIST-Layout (train-*/t10k-* oder ein Bilder/Labels-Paar), unkomprimiert oder .gz,
oder ein Unterordner mit PNG/JPEG-Bildern pro Klasse</translation>
    </message>
    <message>
        <source>Open a dataset folder</source>
        <translation>Datensatz-Ordner öffnen</translation>
    </message>
    <message>
        <source>Share of the images used for training when the source has no separate test files</source>
        <translation>Anteil der Bilder für das Training, wenn die Quelle keine eigenen Testdateien hat</translation>
    </message>
    <message>
        <source>Image folders are resized to this × this (the network&apos;s input), grey unless Keep colour is ticked</source>
        <translation>Bilder aus Ordnern werden auf diese × diese Größe skaliert (die Eingabe des Netzes), grau, außer „Farbe behalten“ ist angehakt</translation>
    </message>
    <message>
        <source>Invert (dark ink on light paper)</source>
        <translation>Invertieren (dunkel auf hell)</translation>
    </message>
    <message>
        <source>Keep colour</source>
        <translation>Farbe behalten</translation>
    </message>
    <message>
        <source>Read a folder of PNG/JPEG images as colour: three input channels (R, G, B), so the
network can use what separates ripe from unripe fruit. Unticked: grey, one channel.
IDX files (MNIST, Fashion-MNIST) are grey and ignore this. Applies to the next folder opened.</source>
        <translation>Liest einen Ordner mit PNG/JPEG-Bildern in Farbe: drei Eingabekanäle (R, G, B), damit das
Netz nutzen kann, was reifes von unreifem Obst unterscheidet. Nicht angehakt: grau, ein Kanal.
IDX-Dateien (MNIST, Fashion-MNIST) sind grau und ignorieren dies. Gilt für den nächsten geöffneten Ordner.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Train fraction</source>
        <translation>Trainingsanteil</translation>
    </message>
    <message>
        <source>Folder images resized to</source>
        <translation>Bilder skaliert auf</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>The classes to train on: Space ticks or unticks the one selected</source>
        <translation>Die Klassen zum Trainieren: Die Leertaste hakt die ausgewählte an oder ab</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Alle Klassen</translation>
    </message>
    <message>
        <source>No classes</source>
        <translation>Keine Klassen</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Train on this data  ▶</source>
        <translation>Mit diesen Daten trainieren  ▶</translation>
    </message>
    <message>
        <source>Train on this data</source>
        <translation>Mit diesen Daten trainieren</translation>
    </message>
    <message>
        <source>Per class, train</source>
        <translation>Je Klasse, Training</translation>
    </message>
    <message>
        <source>Per class, test</source>
        <translation>Je Klasse, Test</translation>
    </message>
    <message>
        <source>The dashboard is training on: %1.</source>
        <translation>Die Übersicht trainiert mit: %1.</translation>
    </message>
    <message>
        <source>Sample images</source>
        <translation>Beispielbilder</translation>
    </message>
    <message>
        <source>Embedded MNIST subset</source>
        <translation>Eingebaute MNIST-Teilmenge</translation>
    </message>
    <message>
        <source>Could not load: %1  (the previous data stays)</source>
        <translation>Laden fehlgeschlagen: %1  (die bisherigen Daten bleiben)</translation>
    </message>
    <message>
        <source>%1   ·   %2 train · %3 test</source>
        <translation>%1   ·   %2 Training · %3 Test</translation>
    </message>
    <message>
        <source>%1  —  %2×%3 %4 images</source>
        <translation>%1  —  %2×%3 %4 Bilder</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>farbige</translation>
    </message>
    <message>
        <source>grey</source>
        <translation>graue</translation>
    </message>
    <message>
        <source>Select at least one class.</source>
        <translation>Wähle mindestens eine Klasse aus.</translation>
    </message>
    <message>
        <source>%1 classes: %2 training and %3 test images%4</source>
        <translation>%1 Klassen: %2 Trainings- und %3 Testbilder%4</translation>
    </message>
    <message>
        <source>, including %1 of your drawings</source>
        <translation>, davon %1 von dir gezeichnet</translation>
    </message>
    <message>
        <source>A drawing needs an image and a label 0–255.</source>
        <translation>Eine Zeichnung braucht ein Bild und ein Label 0–255.</translation>
    </message>
    <message>
        <source>Label %1 is not one of the selected classes (%2); choose one of those, or select it in the Data tab.</source>
        <translation>Label %1 gehört nicht zu den ausgewählten Klassen (%2); wähle eine davon oder wähle es im Tab „Daten“ aus.</translation>
    </message>
    <message>
        <source>Added as a %1 (%2 drawing%3 in the training set). Press “Train on this data” in the Data tab to train with it.</source>
        <translation>Als %1 hinzugefügt (%2 Sample%3 aus deinen Zeichnungen in den Trainingsdaten). Drücke „Mit diesen Daten trainieren“ im Tab „Daten“, um damit zu trainieren.</translation>
    </message>
</context>
<context>
    <name>cnnlab::DesignerView</name>
    <message>
        <source>Design a network</source>
        <translation>Netz entwerfen</translation>
    </message>
    <message>
        <source>Start from a preset</source>
        <translation>Mit einer Vorlage beginnen</translation>
    </message>
    <message>
        <source>Start from…</source>
        <translation>Beginnen mit…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Open a network</source>
        <translation>Netz öffnen</translation>
    </message>
    <message>
        <source>Save the network</source>
        <translation>Netz speichern</translation>
    </message>
    <message>
        <source>Open a network from a JSON file</source>
        <translation>Netz aus einer JSON-Datei öffnen</translation>
    </message>
    <message>
        <source>Save this network as a JSON file</source>
        <translation>Dieses Netz als JSON-Datei speichern</translation>
    </message>
    <message>
        <source>Network JSON (*.json)</source>
        <translation>Netz-JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot open the network</source>
        <translation>Netz kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot save the network</source>
        <translation>Netz kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Train this network  ▶</source>
        <translation>Dieses Netz trainieren  ▶</translation>
    </message>
    <message>
        <source>Train this network</source>
        <translation>Dieses Netz trainieren</translation>
    </message>
    <message>
        <source>How many classes the data has: the last layer must have this many outputs</source>
        <translation>Wie viele Klassen die Daten haben: Die letzte Schicht muss so viele Ausgaben haben</translation>
    </message>
    <message>
        <source>Input depth</source>
        <translation>Eingabetiefe</translation>
    </message>
    <message>
        <source>height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Input height</source>
        <translation>Eingabehöhe</translation>
    </message>
    <message>
        <source>Input width</source>
        <translation>Eingabebreite</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Init</source>
        <translation>Init</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>One row per layer, input to output; the arrow keys select one to edit</source>
        <translation>Eine Zeile pro Schicht, von der Eingabe zur Ausgabe; mit den Pfeiltasten wählst du eine zum Bearbeiten aus</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>Ausgabeform</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>+ Add</source>
        <translation>+ Hinzufügen</translation>
    </message>
    <message>
        <source>− Remove</source>
        <translation>− Entfernen</translation>
    </message>
    <message>
        <source>▲ Up</source>
        <translation>▲ Hoch</translation>
    </message>
    <message>
        <source>▼ Down</source>
        <translation>▼ Runter</translation>
    </message>
    <message>
        <source>Add layer</source>
        <translation>Schicht hinzufügen</translation>
    </message>
    <message>
        <source>Remove layer</source>
        <translation>Schicht entfernen</translation>
    </message>
    <message>
        <source>Move layer up</source>
        <translation>Schicht nach oben</translation>
    </message>
    <message>
        <source>Move layer down</source>
        <translation>Schicht nach unten</translation>
    </message>
    <message>
        <source>Add a layer of the type chosen after the selected one</source>
        <translation>Eine Schicht des gewählten Typs nach der ausgewählten einfügen</translation>
    </message>
    <message>
        <source>Remove the selected layer</source>
        <translation>Die ausgewählte Schicht entfernen</translation>
    </message>
    <message>
        <source>Move the selected layer one place towards the input</source>
        <translation>Die ausgewählte Schicht eine Stelle Richtung Eingabe verschieben</translation>
    </message>
    <message>
        <source>Move the selected layer one place towards the output</source>
        <translation>Die ausgewählte Schicht eine Stelle Richtung Ausgabe verschieben</translation>
    </message>
    <message>
        <source>New layer:</source>
        <translation>Neue Schicht:</translation>
    </message>
    <message>
        <source>Selected layer</source>
        <translation>Ausgewählte Schicht</translation>
    </message>
    <message>
        <source>Cannot train yet: %1</source>
        <translation>Noch kein Training möglich: %1</translation>
    </message>
    <message>
        <source>designed network</source>
        <translation>entworfenes Netz</translation>
    </message>
    <message>
        <source>Total: %1 parameters   ·   %2 layers   ·   %3 → %4</source>
        <translation>Gesamt: %1 Parameter   ·   %2 Schichten   ·   %3 → %4</translation>
    </message>
    <message>
        <source>✓ Ready to train: every shape fits and the network ends with %1 outputs for %2 classes.</source>
        <translation>✓ Bereit zum Training: Alle Formen passen, und das Netz endet mit %1 Ausgaben für %2 Klassen.</translation>
    </message>
    <message>
        <source>Train this network in the Train tab</source>
        <translation>Dieses Netz im Tab „Training“ trainieren</translation>
    </message>
    <message>
        <source>Fix the problem first: %1</source>
        <translation>Behebe zuerst das Problem: %1</translation>
    </message>
    <message>
        <source>(after the problem)</source>
        <translation>(nach dem Problem)</translation>
    </message>
    <message>
        <source>%1  →  %2
%3 parameters</source>
        <translation>%1  →  %2
%3 Parameter</translation>
    </message>
    <message>
        <source>Select a layer in the table to edit it.</source>
        <translation>Wähle eine Schicht in der Tabelle aus, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>Schicht %1</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Unknown layer type.</source>
        <translation>Unbekannter Schichttyp.</translation>
    </message>
</context>
<context>
    <name>cnnlab::DigitCanvas</name>
    <message>
        <source>Draw a digit with the mouse</source>
        <translation>Zeichne eine Ziffer mit der Maus</translation>
    </message>
    <message>
        <source>Drawing canvas</source>
        <translation>Zeichenfläche</translation>
    </message>
    <message>
        <source>Draw a digit with the mouse. From the keyboard: 0 to 9 draw an example of that digit, Backspace undoes a stroke, Delete clears</source>
        <translation>Zeichne eine Ziffer mit der Maus. Mit der Tastatur: 0 bis 9 zeichnen ein Beispiel dieser Ziffer, Rücktaste macht einen Strich rückgängig, Entf löscht alles</translation>
    </message>
    <message>
        <source>Draw a digit here</source>
        <translation>Zeichne hier eine Ziffer</translation>
    </message>
</context>
<context>
    <name>cnnlab::DrawView</name>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Draw an example digit</source>
        <translation>Beispielziffer zeichnen</translation>
    </message>
    <message>
        <source>Replace the drawing by a built-in example of a digit (without a mouse, the way to draw)</source>
        <translation>Ersetzt die Zeichnung durch eine eingebaute Beispielziffer (ohne Maus der Weg zum Zeichnen)</translation>
    </message>
    <message>
        <source>Example…</source>
        <translation>Beispiel…</translation>
    </message>
    <message>
        <source>Add to the training set</source>
        <translation>Zu Trainingsdaten hinzufügen</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>The class the drawing is added to the training set as</source>
        <translation>Die Klasse, unter der die Zeichnung zu den Trainingsdaten kommt</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>Zeichne eine Ziffer</translation>
    </message>
    <message>
        <source>28×28 pixels</source>
        <translation>28×28 Pixel</translation>
    </message>
    <message>
        <source>This network expects colour; your drawing is grey, copied to R, G and B.</source>
        <translation>Dieses Netz erwartet Farbe; deine Zeichnung ist grau und wird nach R, G und B kopiert.</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <source>Pixels the prediction looked at</source>
        <translation>Pixel, auf die die Vorhersage geschaut hat</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Looked at</source>
        <translation>Beachtet</translation>
    </message>
    <message>
        <source>Every layer&apos;s output</source>
        <translation>Jede Schicht</translation>
    </message>
    <message>
        <source>An example to start with: clear it and draw your own.</source>
        <translation>Ein Beispiel zum Start: leere es und zeichne selbst.</translation>
    </message>
    <message>
        <source>Cannot use this network: %1</source>
        <translation>Dieses Netz ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>Network: %1 parameters, epoch %2, step %3</source>
        <translation>Netz: %1 Parameter, Epoche %2, Schritt %3</translation>
    </message>
    <message>
        <source>%1×%1 pixels</source>
        <translation>%1×%1 Pixel</translation>
    </message>
    <message>
        <source>No network yet: train one in the Train tab.</source>
        <translation>Noch kein Netz: trainiere eins im Tab „Training“.</translation>
    </message>
    <message>
        <source>Draw something</source>
        <translation>Zeichne etwas</translation>
    </message>
    <message>
        <source>probability %1%</source>
        <translation>Wahrscheinlichkeit %1%</translation>
    </message>
    <message>
        <source>output %1 (largest of %2)</source>
        <translation>Ausgabe %1 (größte von %2)</translation>
    </message>
    <message>
        <source>Probabilities</source>
        <translation>Wahrscheinlichkeiten</translation>
    </message>
    <message>
        <source>Outputs (%1)</source>
        <translation>Ausgaben (%1)</translation>
    </message>
    <message>
        <source>%1: %2 (the prediction)</source>
        <translation>%1: %2 (die Vorhersage)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Layer %1 · %2 · %3</source>
        <translation>Schicht %1 · %2 · %3</translation>
    </message>
    <message>
        <source> (first %1 channels)</source>
        <translation> (erste %1 Kanäle)</translation>
    </message>
    <message>
        <source>Draw something first.</source>
        <translation>Zeichne zuerst etwas.</translation>
    </message>
    <message>
        <source>There is no training set to add to.</source>
        <translation>Keine Trainingsdaten zum Hinzufügen vorhanden.</translation>
    </message>
</context>
<context>
    <name>cnnlab::FeatureMapView</name>
    <message>
        <source>Test image</source>
        <translation>Testbild</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Input (R, G, B)</source>
        <translation>Eingabe (R, G, B)</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Output probabilities</source>
        <translation>Ausgabe-Wahrscheinlichkeiten</translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation>Kanal %1</translation>
    </message>
    <message>
        <source>Probabilities (softmax)</source>
        <translation>Wahrscheinlichkeiten (softmax)</translation>
    </message>
    <message>
        <source>Output (%1)</source>
        <translation>Ausgabe (%1)</translation>
    </message>
    <message>
        <source>true &lt;b&gt;%1&lt;/b&gt; · predicted &lt;b&gt;&lt;span style=&apos;color:%2&apos;&gt;%3&lt;/span&gt;&lt;/b&gt;&lt;br&gt;(p = %4)</source>
        <translation>tatsächlich &lt;b&gt;%1&lt;/b&gt; · vorhergesagt &lt;b&gt;&lt;span style=&apos;color:%2&apos;&gt;%3&lt;/span&gt;&lt;/b&gt;&lt;br&gt;(p = %4)</translation>
    </message>
</context>
<context>
    <name>cnnlab::HealthView</name>
    <message>
        <source>✗ the gradient is not a number: training has diverged; lower η and reset</source>
        <translation>✗ der Gradient ist keine Zahl: das Training ist divergiert; senke η und setze zurück</translation>
    </message>
    <message>
        <source>%1 %2 of its units are 0 for every image: they pass no gradient back, so what feeds them stops learning</source>
        <translation>%1 %2 ihrer Einheiten sind für jedes Bild 0: sie geben keinen Gradienten zurück, also lernt nicht mehr, was sie speist</translation>
    </message>
    <message>
        <source>%1 %2 of its outputs sit where σ&apos; ≈ 0: almost no gradient gets through (eq. 45)</source>
        <translation>%1 %2 ihrer Ausgaben liegen, wo σ&apos; ≈ 0: kaum ein Gradient kommt durch (Gl. 45)</translation>
    </message>
    <message>
        <source>✗ each step changes its weights by more than a tenth: η is too large</source>
        <translation>✗ jeder Schritt ändert ihre Gewichte um mehr als ein Zehntel: η ist zu groß</translation>
    </message>
    <message>
        <source>⚠ its weights barely move (under a millionth a step): η may be too small</source>
        <translation>⚠ ihre Gewichte bewegen sich kaum (unter einem Millionstel pro Schritt): η ist evtl. zu klein</translation>
    </message>
    <message>
        <source>Measured by the training thread on 16 training images, at most four times a second. Saturated: σ&apos; = σ(1 − σ) or tanh&apos; = 1 − y² below 0.01, so almost no gradient passes (notes, eq. 45). Dead: a ReLU that is 0 for all 16 images. ‖∂E/∂θ‖: the layer&apos;s gradient norm. Update/weight: ‖η ∂E/∂θ‖ / ‖θ‖, healthy near 0.001.</source>
        <translation>Gemessen vom Trainings-Thread an 16 Trainingsbildern, höchstens viermal pro Sekunde. Gesättigt: σ&apos; = σ(1 − σ) oder tanh&apos; = 1 − y² unter 0.01, sodass kaum ein Gradient durchkommt (Skript, Gl. 45). Tot: eine ReLU, die für alle 16 Bilder 0 ist. ‖∂E/∂θ‖: die Gradientennorm der Schicht. Änderung/Gewicht: ‖η ∂E/∂θ‖ / ‖θ‖, gesund um 0.001.</translation>
    </message>
    <message>
        <source>Each layer&apos;s health</source>
        <translation>Zustand jeder Schicht</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Saturated / dead</source>
        <translation>Gesättigt / tot</translation>
    </message>
    <message>
        <source>‖∂E/∂θ‖</source>
        <translation>‖∂E/∂θ‖</translation>
    </message>
    <message>
        <source>Update / weight</source>
        <translation>Änderung / Gewicht</translation>
    </message>
    <message>
        <source>In plain words</source>
        <translation>In einfachen Worten</translation>
    </message>
    <message>
        <source>%1 saturated</source>
        <translation>%1 gesättigt</translation>
    </message>
    <message>
        <source>%1 dead</source>
        <translation>%1 tot</translation>
    </message>
    <message>
        <source>fine</source>
        <translation>gut</translation>
    </message>
</context>
<context>
    <name>cnnlab::HeatmapMosaic</name>
    <message>
        <source>tile %1</source>
        <translation>Kachel %1</translation>
    </message>
    <message>
        <source>%1row %2, col %3: %4</source>
        <translation>%1Zeile %2, Spalte %3: %4</translation>
    </message>
</context>
<context>
    <name>cnnlab::ImageGrid</name>
    <message>
        <source>Sample images</source>
        <translation>Beispielbilder</translation>
    </message>
    <message>
        <source>%1: %2 train, %3 test</source>
        <translation>%1: %2 Training, %3 Test</translation>
    </message>
    <message>
        <source>%1 train · %2 test</source>
        <translation>%1 Training · %2 Test</translation>
    </message>
</context>
<context>
    <name>cnnlab::ImageMosaic</name>
    <message>
        <source>%1row %2, col %3: R %4 G %5 B %6</source>
        <translation>%1Zeile %2, Spalte %3: R %4 G %5 B %6</translation>
    </message>
</context>
<context>
    <name>cnnlab::KernelView</name>
    <message>
        <source>This network has no convolutional layer, and its first weights do not read the image directly, so there are no kernels to show.</source>
        <translation>Dieses Netz hat keine Faltungsschicht, und seine ersten Gewichte lesen das Bild nicht direkt, daher gibt es keine Kernel zum Anzeigen.</translation>
    </message>
    <message>
        <source>First layer reads colour, show its kernels:</source>
        <translation>Die erste Schicht liest Farbe, ihre Kernel zeigen als:</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Each kernel as one small RGB image: its R, G and B slices drawn together</source>
        <translation>Jeder Kernel als ein kleines RGB-Bild: seine R-, G- und B-Scheiben zusammen gezeichnet</translation>
    </message>
    <message>
        <source>R, G, B slices</source>
        <translation>R-, G-, B-Scheiben</translation>
    </message>
    <message>
        <source>Each kernel&apos;s three slices as separate heatmaps, one row per input channel</source>
        <translation>Die drei Scheiben jedes Kernels als eigene Heatmaps, eine Zeile pro Eingabekanal</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>Neuron %1</translation>
    </message>
    <message>
        <source>kernel %1</source>
        <translation>Kernel %1</translation>
    </message>
    <message>
        <source>Layer %1 · %2 · each %3 in colour: its R, G and B slices together</source>
        <translation>Schicht %1 · %2 · %3 in Farbe: R-, G- und B-Scheiben zusammen</translation>
    </message>
    <message>
        <source>unit&apos;s weights</source>
        <translation>die Gewichte jedes Neurons</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>jeder Kernel</translation>
    </message>
    <message>
        <source>the first %1 of its %2 units</source>
        <translation>die ersten %1 ihrer %2 Neuronen</translation>
    </message>
    <message>
        <source>its %1 units</source>
        <translation>ihre %1 Neuronen</translation>
    </message>
    <message>
        <source>Layer %1 · %2 · %3: each unit&apos;s weights drawn as a %4×%5 image</source>
        <translation>Schicht %1 · %2 · %3: die Gewichte jedes Neurons als %4×%5-Bild</translation>
    </message>
    <message>
        <source>kernel %1, channel %2</source>
        <translation>Kernel %1, Kanal %2</translation>
    </message>
    <message>
        <source>Layer %1 · %2 · %3 kernel%4%5</source>
        <translation>Schicht %1 · %2 · %3 Kernel%4%5</translation>
    </message>
    <message>
        <source> · rows: %1 input channels</source>
        <translation> · Zeilen: %1 Eingabekanäle</translation>
    </message>
    <message>
        <source>Layer %1 · %2 · slices on channel %3 of %4</source>
        <translation>Schicht %1 · %2 · Scheiben auf Kanal %3 von %4</translation>
    </message>
    <message>
        <source>Each of the %1 kernels&apos; slice that reads channel %2, the output of layer %3&apos;s kernel %2. Click a kernel of layer %3 to see the slices that read it.</source>
        <translation>Von jedem der %1 Kernel die Scheibe, die Kanal %2 liest, die Ausgabe von Kernel %2 der Schicht %3. Klicke auf einen Kernel der Schicht %3, um die Scheiben zu sehen, die ihn lesen.</translation>
    </message>
    <message>
        <source>Each channel&apos;s weight, one scale for the layer: mid grey is 0, ±%1 (its largest) full strength.</source>
        <translation>Das Gewicht jedes Kanals, eine Skala für die Schicht: Mittelgrau ist 0, ±%1 (ihr größtes) volle Stärke.</translation>
    </message>
</context>
<context>
    <name>cnnlab::KeyboardHelpDialog</name>
    <message>
        <source>Keyboard</source>
        <translation>Tastatur</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Step through</source>
        <translation>Schritt für Schritt</translation>
    </message>
    <message>
        <source>The next or previous control</source>
        <translation>Nächstes oder vorheriges Bedienelement</translation>
    </message>
    <message>
        <source>Go to Train</source>
        <translation>Zu „Training“ wechseln</translation>
    </message>
    <message>
        <source>Go to Step through</source>
        <translation>Zu „Schritt für Schritt“ wechseln</translation>
    </message>
    <message>
        <source>Go to Concepts</source>
        <translation>Zu „Konzepte“ wechseln</translation>
    </message>
    <message>
        <source>Go to Design</source>
        <translation>Zu „Design“ wechseln</translation>
    </message>
    <message>
        <source>Go to Draw a digit</source>
        <translation>Zu „Ziffer zeichnen“ wechseln</translation>
    </message>
    <message>
        <source>Go to Data</source>
        <translation>Zu „Daten“ wechseln</translation>
    </message>
    <message>
        <source>Go to Compare</source>
        <translation>Zu „Vergleich“ wechseln</translation>
    </message>
    <message>
        <source>Go to Efficiency</source>
        <translation>Zu „Effizienz“ wechseln</translation>
    </message>
    <message>
        <source>The next or previous page of the tabs the focus is in</source>
        <translation>Nächste oder vorherige Seite der Tabs, in denen der Fokus liegt</translation>
    </message>
    <message>
        <source>Alt + the underlined letter</source>
        <translation>Alt + unterstrichener Buchstabe</translation>
    </message>
    <message>
        <source>Open that menu</source>
        <translation>Dieses Menü öffnen</translation>
    </message>
    <message>
        <source>The Training menu: start, pause, stop, reset and step training from any tab (on Train, Space does not press a focused button: it starts or pauses)</source>
        <translation>Das Menü Training: Training von jedem Tab aus starten, pausieren, stoppen, zurücksetzen und schrittweise ausführen (auf Training drückt die Leertaste keinen fokussierten Knopf: sie startet oder pausiert)</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Diese Liste</translation>
    </message>
    <message>
        <source>Presenter mode on or off</source>
        <translation>Präsentationsmodus ein oder aus</translation>
    </message>
    <message>
        <source>Save the model</source>
        <translation>Modell speichern</translation>
    </message>
    <message>
        <source>Load a model</source>
        <translation>Modell laden</translation>
    </message>
    <message>
        <source>Export the current view as PNG, SVG or PDF</source>
        <translation>Aktuelle Ansicht als PNG, SVG oder PDF exportieren</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Start, pause or resume training</source>
        <translation>Training starten, pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Train on one batch</source>
        <translation>Auf einem Batch trainieren</translation>
    </message>
    <message>
        <source>The section&apos;s other panel (presenter mode)</source>
        <translation>Das andere Feld des Abschnitts (Präsentationsmodus)</translation>
    </message>
    <message>
        <source>The next step, or the next page of a long formula</source>
        <translation>Nächster Schritt oder nächste Seite einer langen Formel</translation>
    </message>
    <message>
        <source>The previous step, or the previous page of a long formula</source>
        <translation>Vorheriger Schritt oder vorherige Seite einer langen Formel</translation>
    </message>
    <message>
        <source>Step through, in Input or Kernel</source>
        <translation>Schritt für Schritt, in Eingabe oder Kernel</translation>
    </message>
    <message>
        <source>Step through the matrices typed</source>
        <translation>Die eingegebenen Matrizen Schritt für Schritt durchgehen</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <source>Step through, on a matrix</source>
        <translation>Schritt für Schritt, auf einer Matrix</translation>
    </message>
    <message>
        <source>Move between its cells: the results that use a cell of the input are marked</source>
        <translation>Zwischen ihren Zellen wechseln: die Ergebnisse, die eine Zelle der Eingabe nutzen, werden markiert</translation>
    </message>
    <message>
        <source>Step through, on a result cell</source>
        <translation>Schritt für Schritt, auf einer Ergebniszelle</translation>
    </message>
    <message>
        <source>Go to the step that computes it</source>
        <translation>Zum Schritt springen, der sie berechnet</translation>
    </message>
    <message>
        <source>Step through, on an input or kernel cell</source>
        <translation>Schritt für Schritt, auf einer Eingabe- oder Kernel-Zelle</translation>
    </message>
    <message>
        <source>Edit its value (your own matrices)</source>
        <translation>Ihren Wert bearbeiten (eigene Matrizen)</translation>
    </message>
    <message>
        <source>Step through, on Your turn</source>
        <translation>Schritt für Schritt, auf „Du bist dran“</translation>
    </message>
    <message>
        <source>Compute the cells yourself: the answer field takes the focus</source>
        <translation>Die Zellen selbst berechnen: das Antwortfeld erhält den Fokus</translation>
    </message>
    <message>
        <source>Step through, in Your answer</source>
        <translation>Schritt für Schritt, in „Deine Antwort“</translation>
    </message>
    <message>
        <source>Check the answer</source>
        <translation>Antwort prüfen</translation>
    </message>
    <message>
        <source>Step through, in the list of formulas</source>
        <translation>Schritt für Schritt, in der Formelliste</translation>
    </message>
    <message>
        <source>Go to that formula&apos;s step</source>
        <translation>Zum Schritt dieser Formel springen</translation>
    </message>
    <message>
        <source>0 to 9</source>
        <translation>0 bis 9</translation>
    </message>
    <message>
        <source>Draw a digit, on the canvas</source>
        <translation>Ziffer zeichnen, auf der Zeichenfläche</translation>
    </message>
    <message>
        <source>Draw an example of that digit</source>
        <translation>Ein Beispiel dieser Ziffer zeichnen</translation>
    </message>
    <message>
        <source>Undo the last stroke</source>
        <translation>Letzten Strich rückgängig machen</translation>
    </message>
    <message>
        <source>Clear the drawing</source>
        <translation>Zeichnung löschen</translation>
    </message>
    <message>
        <source>Data, in the list of classes</source>
        <translation>Daten, in der Klassenliste</translation>
    </message>
    <message>
        <source>Tick or untick the class</source>
        <translation>Klasse an- oder abhaken</translation>
    </message>
    <message>
        <source>Design, in the table of layers</source>
        <translation>Design, in der Schichtentabelle</translation>
    </message>
    <message>
        <source>Select the layer to edit</source>
        <translation>Schicht zum Bearbeiten wählen</translation>
    </message>
    <message>
        <source>Classroom quiz on the projector</source>
        <translation>Klassenzimmer-Quiz am Beamer</translation>
    </message>
    <message>
        <source>Reveal the answers</source>
        <translation>Antworten aufdecken</translation>
    </message>
    <message>
        <source>Close it</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Every key cnnlab answers. Menus open with Alt and their underlined letter.</source>
        <translation>Alle Tasten, auf die cnnlab reagiert. Menüs öffnen sich mit Alt und ihrem unterstrichenen Buchstaben.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Step through, in a matrix field</source>
        <translation>Schritt für Schritt, in einem Matrixfeld</translation>
    </message>
    <message>
        <source>Edit the whole matrix as a grid of cells</source>
        <translation>Die ganze Matrix als Raster von Zellen bearbeiten</translation>
    </message>
</context>
<context>
    <name>cnnlab::LastStepView</name>
    <message>
        <source>Take a step (→) to see how one update changes the kernels.</source>
        <translation>Mach einen Schritt (→), um zu sehen, wie eine Aktualisierung die Kernel verändert.</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <source>Δ = after − before = −η∂E/∂K · on its own scale</source>
        <translation>Δ = nachher − vorher = −η∂E/∂K · auf eigener Skala</translation>
    </message>
    <message>
        <source>after · the same scale as before</source>
        <translation>nachher · gleiche Skala wie vorher</translation>
    </message>
    <message>
        <source>This view follows one update of the first convolutional layer&apos;s kernels; this network has no convolutional layer.</source>
        <translation>Diese Ansicht verfolgt eine Aktualisierung der Kernel der ersten Faltungsschicht; dieses Netz hat keine Faltungsschicht.</translation>
    </message>
    <message>
        <source>Step %1 of layer %2 (%3), η = %4:  K ← K − η · ∂E/∂K  (first input channel). The largest change, %5, is %6 % of the largest weight: on the kernels&apos; scale a step is invisible, so Δ has a scale of its own.</source>
        <translation>Schritt %1 von Schicht %2 (%3), η = %4:  K ← K − η · ∂E/∂K  (erster Eingabekanal). Die größte Änderung, %5, beträgt %6 % des größten Gewichts: auf der Skala der Kernel ist ein Schritt unsichtbar, daher hat Δ eine eigene Skala.</translation>
    </message>
</context>
<context>
    <name>cnnlab::MainWindow</name>
    <message>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Step through</source>
        <translation>Schritt für Schritt</translation>
    </message>
    <message>
        <source>Concepts</source>
        <translation>Konzepte</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>Ziffer zeichnen</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Effizienz</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Save model…</source>
        <translation>Modell &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Load model…</source>
        <translation>Modell &amp;laden…</translation>
    </message>
    <message>
        <source>&amp;Export current view (PNG, SVG, PDF)…</source>
        <translation>Aktuelle Ansicht &amp;exportieren (PNG, SVG, PDF)…</translation>
    </message>
    <message>
        <source>Export &amp;metrics as CSV…</source>
        <translation>&amp;Metriken als CSV exportieren…</translation>
    </message>
    <message>
        <source>S&amp;hare with class…</source>
        <translation>Mit der Klasse &amp;teilen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Training &amp;dashboard</source>
        <translation>Trainings&amp;übersicht</translation>
    </message>
    <message>
        <source>&amp;Kernels</source>
        <translation>&amp;Kernel</translation>
    </message>
    <message>
        <source>&amp;Feature maps</source>
        <translation>&amp;Feature-Maps</translation>
    </message>
    <message>
        <source>P&amp;redictions</source>
        <translation>&amp;Vorhersagen</translation>
    </message>
    <message>
        <source>&amp;Health</source>
        <translation>&amp;Zustand</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>&amp;Start, pause or resume	Space</source>
        <translation>&amp;Starten, pausieren oder fortsetzen	Leertaste</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;topp</translation>
    </message>
    <message>
        <source>&amp;Reset to new weights</source>
        <translation>Auf neue Gewichte &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Train one s&amp;ample</source>
        <translation>Ein &amp;Beispiel trainieren</translation>
    </message>
    <message>
        <source>Train one &amp;batch	→</source>
        <translation>Einen B&amp;atch trainieren	→</translation>
    </message>
    <message>
        <source>Train to the end of the &amp;epoch</source>
        <translation>Bis zum Ende der &amp;Epoche trainieren</translation>
    </message>
    <message>
        <source>&amp;Go to tab</source>
        <translation>Zu &amp;Tab wechseln</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard…</source>
        <translation>&amp;Tastatur…</translation>
    </message>
    <message>
        <source>cnnlab — convolutional neural networks from scratch</source>
        <translation>cnnlab — Faltungsnetze von Grund auf</translation>
    </message>
</context>
<context>
    <name>cnnlab::MatrixEdit</name>
    <message>
        <source>Edit as a grid</source>
        <translation>Als Raster bearbeiten</translation>
    </message>
    <message>
        <source>rows </source>
        <translation>Zeilen </translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>columns </source>
        <translation>Spalten </translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Edit as a grid (%1): the whole matrix, a cell for each value</source>
        <translation>Als Raster bearbeiten (%1): die ganze Matrix, eine Zelle je Wert</translation>
    </message>
</context>
<context>
    <name>cnnlab::MatrixGrid</name>
    <message>
        <source>rotating 180°…</source>
        <translation>Drehung um 180°…</translation>
    </message>
</context>
<context>
    <name>cnnlab::MlpPanel</name>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>The inputs xᵢ, e.g. 1 0.5</source>
        <translation>Die Eingaben xᵢ, z. B. 1 0.5</translation>
    </message>
    <message>
        <source>w¹</source>
        <translation>w¹</translation>
    </message>
    <message>
        <source>One row per input i, one column per hidden unit j (up to 64): 0.1 0.4 -0.2; 0.3 -0.5 0.6</source>
        <translation>Eine Zeile pro Eingabe i, eine Spalte pro verdeckter Einheit j (bis zu 64): 0.1 0.4 -0.2; 0.3 -0.5 0.6</translation>
    </message>
    <message>
        <source>b¹</source>
        <translation>b¹</translation>
    </message>
    <message>
        <source>One value per hidden unit</source>
        <translation>Ein Wert pro verdeckter Einheit</translation>
    </message>
    <message>
        <source>w²</source>
        <translation>w²</translation>
    </message>
    <message>
        <source>One row per hidden unit, one column per output</source>
        <translation>Eine Zeile pro verdeckter Einheit, eine Spalte pro Ausgabe</translation>
    </message>
    <message>
        <source>b²</source>
        <translation>b²</translation>
    </message>
    <message>
        <source>One value per output</source>
        <translation>Ein Wert pro Ausgabe</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>The labels yᵢ, one per output</source>
        <translation>Die Labels yᵢ, eins pro Ausgabe</translation>
    </message>
    <message>
        <source>z</source>
        <translation>z</translation>
    </message>
    <message>
        <source>softmax-jacobian: the logits z, e.g. 2 1 0.1</source>
        <translation>softmax-jacobian: die Logits z, z. B. 2 1 0.1</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>verdeckt</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>T </source>
        <translation>T </translation>
    </message>
    <message>
        <source>Softmax temperature T</source>
        <translation>Softmax-Temperatur T</translation>
    </message>
    <message>
        <source>a </source>
        <translation>a </translation>
    </message>
    <message>
        <source>Learning rate a</source>
        <translation>Lernrate a</translation>
    </message>
    <message>
        <source>unit </source>
        <translation>Einheit </translation>
    </message>
    <message>
        <source>Output unit</source>
        <translation>Ausgabeeinheit</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
</context>
<context>
    <name>cnnlab::NetworkFlow</name>
    <message>
        <source>Network diagram</source>
        <translation>Netzdiagramm</translation>
    </message>
    <message>
        <source>input %1</source>
        <translation>Eingabe %1</translation>
    </message>
    <message>
        <source>%1, does not fit</source>
        <translation>%1, passt nicht</translation>
    </message>
    <message>
        <source>%1, shape unknown</source>
        <translation>%1, Form unbekannt</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>✗</source>
        <translation>✗</translation>
    </message>
</context>
<context>
    <name>cnnlab::NotesErrataPage</name>
    <message>
        <source>Errata in the notes</source>
        <translation>Errata im Skript</translation>
    </message>
    <message>
        <source>&lt;h2 style=&apos;color:#0d47a1&apos;&gt;Where the notes slip, and what cnnlab does instead&lt;/h2&gt;&lt;p&gt;Handwritten notes slip. Each entry: the place, what the notes write, what is exact, and what cnnlab does. The same list is docs/notes-errata.md; a test checks every place cnnlab departs.&lt;/p&gt;</source>
        <translation>&lt;h2 style=&apos;color:#0d47a1&apos;&gt;Wo das Skript patzt und was cnnlab stattdessen tut&lt;/h2&gt;&lt;p&gt;Handschriftliche Notizen haben Fehler. Jeder Eintrag: die Stelle, was das Skript schreibt, was exakt ist und was cnnlab tut. Dieselbe Liste steht in docs/notes-errata.md; ein Test prüft jede Stelle, an der cnnlab abweicht.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The notes write</source>
        <translation>Das Skript schreibt</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Exakt</translation>
    </message>
</context>
<context>
    <name>cnnlab::PredictionGallery</name>
    <message>
        <source>%1 ✗ true %2</source>
        <translation>%1 ✗ statt %2</translation>
    </message>
</context>
<context>
    <name>cnnlab::ProfileView</name>
    <message>
        <source>preset&apos;s</source>
        <translation>vom Preset</translation>
    </message>
    <message>
        <source>Profile one training step</source>
        <translation>Trainingsschritt messen</translation>
    </message>
    <message>
        <source>Times forward, backward and update of every layer over a few hundred training steps of the preset (the notes&apos; §0.4, “Efficiency Testing”, is an empty heading: this fills it in).</source>
        <translation>Misst Vorwärts-, Rückwärtsdurchlauf und Update jeder Schicht über einige hundert Trainingsschritte des Presets (§0.4 im Skript, „Efficiency Testing“, ist eine leere Überschrift: dies füllt sie).</translation>
    </message>
    <message>
        <source>Time per layer</source>
        <translation>Zeit pro Schicht</translation>
    </message>
    <message>
        <source>µs per training step</source>
        <translation>µs pro Trainingsschritt</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Preset</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>The profile failed: %1</source>
        <translation>Die Messung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Profiling…</source>
        <translation>Messung läuft…</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>vorwärts</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>rückwärts</translation>
    </message>
    <message>
        <source>update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>%1: forward %2 µs, backward %3 µs, update %4 µs</source>
        <translation>%1: vorwärts %2 µs, rückwärts %3 µs, Update %4 µs</translation>
    </message>
    <message>
        <source>%1, batch %2: the layers and the loss add up to %3 µs; one step timed whole took %4 µs (backward, then update), the default fused step %5 µs. Medians of 15 rounds.%6</source>
        <translation>%1, Batch %2: Schichten und Verlust ergeben zusammen %3 µs; ein als Ganzes gemessener Schritt dauerte %4 µs (rückwärts, dann Update), der standardmäßige fusionierte Schritt %5 µs. Mediane aus 15 Runden.%6</translation>
    </message>
    <message>
        <source> The whole steps split each batch over %1 compute threads; the layers are timed on one, so the two need not add up.</source>
        <translation> Die ganzen Schritte verteilen jeden Batch auf %1 Rechen-Threads; die Schichten werden auf einem gemessen, daher müssen die beiden Werte nicht übereinstimmen.</translation>
    </message>
    <message>
        <source>Press “Profile one training step” to time forward, backward and update of every layer</source>
        <translation>„Trainingsschritt messen“ drücken: vorwärts, rückwärts und Update jeder Schicht werden gemessen</translation>
    </message>
</context>
<context>
    <name>cnnlab::QuizHistogram</name>
    <message>
        <source>The answers appear here as they come in.</source>
        <translation>Die Antworten erscheinen hier, sobald sie eintreffen.</translation>
    </message>
</context>
<context>
    <name>cnnlab::QuizPanel</name>
    <message>
        <source>level </source>
        <translation>Stufe </translation>
    </message>
    <message>
        <source>seed </source>
        <translation>Startwert </translation>
    </message>
    <message>
        <source>timer </source>
        <translation>Timer </translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>no timer</source>
        <translation>kein Timer</translation>
    </message>
    <message>
        <source>Start question</source>
        <translation>Frage starten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Auflösen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Project…</source>
        <translation>Projizieren…</translation>
    </message>
    <message>
        <source>Export the quiz results</source>
        <translation>Quiz-Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>No answers yet.</source>
        <translation>Noch keine Antworten.</translation>
    </message>
    <message>
        <source>%1 answers: %2</source>
        <translation>%1 Antworten: %2</translation>
    </message>
    <message>
        <source>Question %1: %2 — cell [%3][%4]</source>
        <translation>Frage %1: %2 — Zelle [%3][%4]</translation>
    </message>
    <message>
        <source>; answer %1</source>
        <translation>; Antwort %1</translation>
    </message>
    <message>
        <source> (closed)</source>
        <translation> (geschlossen)</translation>
    </message>
    <message>
        <source>Pick a level and start a question: every connected page shows it.</source>
        <translation>Wähle eine Stufe und starte eine Frage: jede verbundene Seite zeigt sie an.</translation>
    </message>
    <message>
        <source>right</source>
        <translation>richtig</translation>
    </message>
    <message>
        <source>kernel not flipped</source>
        <translation>Kernel nicht gedreht</translation>
    </message>
    <message>
        <source>kernel flipped</source>
        <translation>Kernel gedreht</translation>
    </message>
    <message>
        <source>window shifted</source>
        <translation>Fenster verschoben</translation>
    </message>
    <message>
        <source>sign error</source>
        <translation>Vorzeichenfehler</translation>
    </message>
    <message>
        <source>term missing</source>
        <translation>Term fehlt</translation>
    </message>
    <message>
        <source>wrong extent</source>
        <translation>falscher Bereich</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>cnnlab::QuizProjector</name>
    <message>
        <source>Quiz — cnnlab</source>
        <translation>Quiz — cnnlab</translation>
    </message>
    <message>
        <source>Reveal (R)</source>
        <translation>Aufdecken (R)</translation>
    </message>
    <message>
        <source>right</source>
        <translation>richtig</translation>
    </message>
    <message>
        <source>forgot to flip the kernel</source>
        <translation>Kernel nicht gespiegelt</translation>
    </message>
    <message>
        <source>flipped the kernel (correlation does not)</source>
        <translation>Kernel gespiegelt (Korrelation tut das nicht)</translation>
    </message>
    <message>
        <source>window one step off</source>
        <translation>Fenster um einen Schritt verschoben</translation>
    </message>
    <message>
        <source>lost a minus sign</source>
        <translation>Minuszeichen verloren</translation>
    </message>
    <message>
        <source>left out a product</source>
        <translation>ein Produkt ausgelassen</translation>
    </message>
    <message>
        <source>mixed up valid and full</source>
        <translation>valid und full verwechselt</translation>
    </message>
    <message>
        <source>other answers</source>
        <translation>andere Antworten</translation>
    </message>
    <message>
        <source>No question yet</source>
        <translation>Noch keine Frage</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 von %2 haben geantwortet</translation>
    </message>
    <message>
        <source> · revealed</source>
        <translation> · aufgedeckt</translation>
    </message>
    <message>
        <source> · closed</source>
        <translation> · geschlossen</translation>
    </message>
    <message>
        <source> · %1:%2 left</source>
        <translation> · noch %1:%2</translation>
    </message>
    <message>
        <source>No question yet: start one in Share with class.</source>
        <translation>Noch keine Frage: Starte eine unter „Mit der Klasse teilen“.</translation>
    </message>
    <message>
        <source>%1: what is %2[%3][%4]?</source>
        <translation>%1: Was ist %2[%3][%4]?</translation>
    </message>
    <message>
        <source>The answers appear here as they come in.</source>
        <translation>Die Antworten erscheinen hier, sobald sie eintreffen.</translation>
    </message>
</context>
<context>
    <name>cnnlab::SaliencyView</name>
    <message>
        <source>What the network looked at (“%1”)</source>
        <translation>Worauf das Netz geschaut hat („%1“)</translation>
    </message>
    <message>
        <source>|∂Y/∂X|: the notes&apos; ∂E/∂X carried back to the image. Darker pixels changed the answer more.</source>
        <translation>|∂Y/∂X|: das ∂E/∂X des Skripts, zurück bis zum Bild getragen. Dunklere Pixel haben die Antwort stärker verändert.</translation>
    </message>
    <message>
        <source>No saliency map yet: draw a digit or train a network</source>
        <translation>Noch keine Saliency-Map: Zeichne eine Ziffer oder trainiere ein Netz</translation>
    </message>
    <message>
        <source>low (0)</source>
        <translation>niedrig (0)</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
</context>
<context>
    <name>cnnlab::ShareDialog</name>
    <message>
        <source>Share with class</source>
        <translation>Mit der Klasse teilen</translation>
    </message>
    <message>
        <source>QR code of the join address</source>
        <translation>QR-Code der Beitrittsadresse</translation>
    </message>
    <message>
        <source>Students scan the code with a phone, or open this address in a browser:</source>
        <translation>Lernende scannen den Code mit dem Handy oder öffnen diese Adresse im Browser:</translation>
    </message>
    <message>
        <source>Join code:</source>
        <translation>Beitrittscode:</translation>
    </message>
    <message>
        <source>Let other computers join (listen on the classroom network, not only this computer)</source>
        <translation>Andere Computer beitreten lassen (im Netzwerk des Klassenzimmers erreichbar, nicht nur auf diesem Computer)</translation>
    </message>
    <message>
        <source>Class drawings…</source>
        <translation>Zeichnungen der Klasse…</translation>
    </message>
    <message>
        <source>What the students drew on the page&apos;s Draw tab, and what the network says</source>
        <translation>Was die Lernenden im Tab „Draw“ der Seite gezeichnet haben und was das Netz dazu sagt</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Teilen beenden</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Nobody is practising yet (the page&apos;s Practice tab).</source>
        <translation>Noch übt niemand (Tab „Practice“ der Seite).</translation>
    </message>
    <message numerus="yes">
        <source>%n practising</source>
        <translation>
            <numerusform>%n übt</numerusform>
            <numerusform>%n üben</numerusform>
        </translation>
    </message>
    <message>
        <source> · most common mistake: %1</source>
        <translation> · häufigster Fehler: %1</translation>
    </message>
    <message>
        <source>not sharing</source>
        <translation>nicht geteilt</translation>
    </message>
    <message>
        <source>1 student connected</source>
        <translation>1 Person verbunden</translation>
    </message>
    <message>
        <source>%1 students connected</source>
        <translation>%1 Personen verbunden</translation>
    </message>
    <message>
        <source>Students type the address, then the code; or open %1</source>
        <translation>Lernende geben die Adresse ein, dann den Code, oder öffnen %1</translation>
    </message>
    <message>
        <source>Only this computer can open the page. Tick the box below to let the class join.</source>
        <translation>Nur dieser Computer kann die Seite öffnen. Hake das Kästchen unten an, damit die Klasse beitreten kann.</translation>
    </message>
</context>
<context>
    <name>cnnlab::SoftmaxJacobianPage</name>
    <message>
        <source>z</source>
        <translation>z</translation>
    </message>
    <message>
        <source>Logits z</source>
        <translation>Logits z</translation>
    </message>
    <message>
        <source>Numbers separated by spaces, e.g. 2 1 0.1</source>
        <translation>Zahlen, durch Leerzeichen getrennt, z. B. 2 1 0.1</translation>
    </message>
    <message>
        <source>Temperature T</source>
        <translation>Temperatur T</translation>
    </message>
    <message>
        <source>T from 0.10 to 5.00, in hundredths</source>
        <translation>T von 0.10 bis 5.00, in Hundertsteln</translation>
    </message>
    <message>
        <source>Softmax Jacobian</source>
        <translation>Softmax-Jacobi-Matrix</translation>
    </message>
    <message>
        <source>One cell per pair i, j; the lines under it give the formula and the row sums</source>
        <translation>Eine Zelle pro Paar i, j; die Zeilen darunter nennen die Formel und die Zeilensummen</translation>
    </message>
    <message>
        <source>z: a list of values, not a matrix</source>
        <translation>z: eine Liste von Werten, keine Matrix</translation>
    </message>
    <message>
        <source>z: at most %1 values</source>
        <translation>z: höchstens %1 Werte</translation>
    </message>
    <message>
        <source>z: %1</source>
        <translation>z: %1</translation>
    </message>
    <message>
        <source>row sums: %1   (the outputs always sum to 1, so moving any zⱼ cannot change their total)</source>
        <translation>Zeilensummen: %1   (die Ausgaben ergeben zusammen immer 1, also kann kein zⱼ ihre Summe ändern)</translation>
    </message>
    <message>
        <source>The softmax Jacobian  Jᵢⱼ = ∂Sᵢ/∂zⱼ  (§0.3.2.3):  diagonal Sᵢ(1 − Sᵢ)/T,  off-diagonal −SᵢSⱼ/T,  every row sums to 0</source>
        <translation>Die Softmax-Jacobi-Matrix  Jᵢⱼ = ∂Sᵢ/∂zⱼ  (§0.3.2.3):  Diagonale Sᵢ(1 − Sᵢ)/T,  außerhalb −SᵢSⱼ/T,  jede Zeile summiert zu 0</translation>
    </message>
    <message>
        <source>column j: ∂/∂zⱼ</source>
        <translation>Spalte j: ∂/∂zⱼ</translation>
    </message>
    <message>
        <source>row i: Sᵢ</source>
        <translation>Zeile i: Sᵢ</translation>
    </message>
    <message>
        <source>The notes&apos; eqs. 24, 27, 28 keep only the diagonal; the engine&apos;s Softmax::backward uses all of J.</source>
        <translation>Die Gl. 24, 27, 28 des Skripts behalten nur die Diagonale; Softmax::backward der Engine nutzt ganz J.</translation>
    </message>
</context>
<context>
    <name>cnnlab::StepperView</name>
    <message>
        <source>your own matrices</source>
        <translation>eigene Matrizen</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>The worked example to step through</source>
        <translation>Das Rechenbeispiel, Schritt für Schritt</translation>
    </message>
    <message>
        <source>Input channel</source>
        <translation>Eingabekanal</translation>
    </message>
    <message>
        <source>This network reads colour: step through one channel&apos;s kernel slice on that channel of the image</source>
        <translation>Dieses Netz liest Farbe: Gehe die Kernel-Scheibe eines Kanals Schritt für Schritt auf diesem Kanal des Bildes durch</translation>
    </message>
    <message>
        <source>Formulas</source>
        <translation>Formeln</translation>
    </message>
    <message>
        <source>Every formula of the example; Enter on one jumps to its step</source>
        <translation>Alle Formeln des Beispiels; Enter auf einer springt zu ihrem Schritt</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>Back to the start: nothing computed</source>
        <translation>Zurück zum Anfang: nichts berechnet</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>The previous cell (Page Up)</source>
        <translation>Die vorherige Zelle (Bild auf)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Compute the cells one after another at the speed set</source>
        <translation>Die Zellen nacheinander im eingestellten Tempo berechnen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Compute the next cell (Page Down)</source>
        <translation>Die nächste Zelle berechnen (Bild ab)</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Play&apos;s speed, a quarter step to five steps a second</source>
        <translation>Abspieltempo, ein Viertelschritt bis fünf Schritte pro Sekunde</translation>
    </message>
    <message>
        <source>Export ▾</source>
        <translation>Export ▾</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Save this view as a picture, or the whole example as a handout</source>
        <translation>Diese Ansicht als Bild oder das ganze Beispiel als Arbeitsblatt speichern</translation>
    </message>
    <message>
        <source>This view as a picture (PNG, SVG, PDF)…</source>
        <translation>Diese Ansicht als Bild (PNG, SVG, PDF)…</translation>
    </message>
    <message>
        <source>A handout of the whole example…</source>
        <translation>Arbeitsblatt zum ganzen Beispiel…</translation>
    </message>
    <message>
        <source>channel %1 (%2)</source>
        <translation>Kanal %1 (%2)</translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation>Kanal %1</translation>
    </message>
    <message>
        <source>from-network: %1</source>
        <translation>from-network: %1</translation>
    </message>
    <message>
        <source>mlp-from-network: %1</source>
        <translation>mlp-from-network: %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Step %1 / %2</source>
        <translation>Schritt %1 / %2</translation>
    </message>
    <message>
        <source>Edit cell</source>
        <translation>Zelle bearbeiten</translation>
    </message>
    <message>
        <source>Value at row %1, column %2</source>
        <translation>Wert in Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>use a .png, .svg or .pdf file name</source>
        <translation>verwende einen Dateinamen auf .png, .svg oder .pdf</translation>
    </message>
    <message>
        <source>Export: %1</source>
        <translation>Exportieren: %1</translation>
    </message>
    <message>
        <source>use a .md or .tex file name</source>
        <translation>verwende einen Dateinamen auf .md oder .tex</translation>
    </message>
    <message>
        <source>Handout: %1</source>
        <translation>Arbeitsblatt: %1</translation>
    </message>
    <message>
        <source>Export the current step</source>
        <translation>Aktuellen Schritt exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the worked example</source>
        <translation>Rechenbeispiel exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md);;LaTeX (*.tex)</source>
        <translation>Markdown (*.md);;LaTeX (*.tex)</translation>
    </message>
    <message>
        <source>« Reset</source>
        <translation>« Anfang</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Abspielen</translation>
    </message>
    <message>
        <source>Step ▶</source>
        <translation>Schritt ▶</translation>
    </message>
    <message>
        <source>⏸ Pause</source>
        <translation>⏸ Pause</translation>
    </message>
</context>
<context>
    <name>cnnlab::TrainingSession</name>
    <message>
        <source>Embedded MNIST subset (%1 preset)</source>
        <translation>Eingebaute MNIST-Teilmenge (Preset %1)</translation>
    </message>
    <message>
        <source>there is no training data</source>
        <translation>es gibt keine Trainingsdaten</translation>
    </message>
    <message>
        <source>the learning rate must be a positive number up to %1</source>
        <translation>die Lernrate muss eine positive Zahl bis %1 sein</translation>
    </message>
    <message>
        <source>the batch size must be between 1 and %1</source>
        <translation>die Batchgröße muss zwischen 1 und %1 liegen</translation>
    </message>
    <message>
        <source>the network takes input depth %1 but the data has depth %2</source>
        <translation>das Netz erwartet die Eingabetiefe %1, die Daten haben aber die Tiefe %2</translation>
    </message>
    <message>
        <source>no labelled images to add</source>
        <translation>keine beschrifteten Bilder zum Hinzufügen</translation>
    </message>
    <message>
        <source>an image of %1 values does not fit the data&apos;s %2</source>
        <translation>ein Bild mit %1 Werten passt nicht zu den %2 der Daten</translation>
    </message>
    <message>
        <source>class %1 is not one of the data&apos;s %2 classes</source>
        <translation>Klasse %1 gehört nicht zu den %2 Klassen der Daten</translation>
    </message>
    <message>
        <source>unknown preset &apos;%1&apos;</source>
        <translation>unbekanntes Preset „%1“</translation>
    </message>
    <message>
        <source>custom network</source>
        <translation>eigenes Netz</translation>
    </message>
    <message>
        <source>the training selection is empty</source>
        <translation>die Trainingsauswahl ist leer</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>%1 — %2 %3 · %4 training and %5 test images</source>
        <translation>%1 — %2 %3 · %4 Trainings- und %5 Testbilder</translation>
    </message>
    <message>
        <source>class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source> · %1 adapted: %2</source>
        <translation> · %1 angepasst: %2</translation>
    </message>
    <message>
        <source>there is no model to save yet</source>
        <translation>es gibt noch kein Modell zum Speichern</translation>
    </message>
    <message>
        <source>%1 knows the classes %2, but the loaded data&apos;s are %3; load a folder of those classes first</source>
        <translation>%1 kennt die Klassen %2, die geladenen Daten haben aber %3; lade zuerst einen Ordner mit diesen Klassen</translation>
    </message>
    <message>
        <source>digits (no class names)</source>
        <translation>Ziffern (keine Klassennamen)</translation>
    </message>
    <message>
        <source>%1: the model takes input depth %2 but the loaded data has depth %3; load data of that depth first</source>
        <translation>%1: das Modell erwartet die Eingabetiefe %2, die geladenen Daten haben aber die Tiefe %3; lade zuerst Daten dieser Tiefe</translation>
    </message>
</context>
<context>
    <name>cnnlab::YourTurnPanel</name>
    <message>
        <source>Your turn</source>
        <translation>Du bist dran</translation>
    </message>
    <message>
        <source>Hide the cell on screen and compute it yourself</source>
        <translation>Verbirg die Zelle auf dem Bildschirm und berechne sie selbst</translation>
    </message>
    <message>
        <source>your value</source>
        <translation>dein Wert</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Deine Antwort</translation>
    </message>
    <message>
        <source>The value of the highlighted cell; Enter checks it</source>
        <translation>Der Wert der markierten Zelle; Enter prüft ihn</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Check your answer (Enter in the field)</source>
        <translation>Antwort prüfen (Enter im Feld)</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Tipp</translation>
    </message>
    <message>
        <source>First the window, then the products</source>
        <translation>Erst das Fenster, dann die Produkte</translation>
    </message>
    <message>
        <source>Your turn: %1 = ?</source>
        <translation>Du bist dran: %1 = ?</translation>
    </message>
    <message>
        <source>the highlighted cell</source>
        <translation>die markierte Zelle</translation>
    </message>
    <message>
        <source>Right already: press Step ▶ for the next cell.</source>
        <translation>Schon richtig: Drücke Schritt ▶ für die nächste Zelle.</translation>
    </message>
    <message>
        <source>I can only check a number: %1</source>
        <translation>Ich kann nur eine Zahl prüfen: %1</translation>
    </message>
    <message>
        <source>Right: %1</source>
        <translation>Richtig: %1</translation>
    </message>
    <message>
        <source>Not %1. %2</source>
        <translation>Nicht %1. %2</translation>
    </message>
    <message>
        <source>(%1×%2)</source>
        <translation>(%1×%2)</translation>
    </message>
    <message>
        <source>You used rows %1, columns %2; %3 needs rows %4, columns %5.</source>
        <translation>Du hast Zeilen %1, Spalten %2 verwendet; %3 braucht Zeilen %4, Spalten %5.</translation>
    </message>
    <message>
        <source>It could also be: %1.</source>
        <translation>Es könnte auch sein: %1.</translation>
    </message>
    <message>
        <source>The cells it reads are marked on the board.</source>
        <translation>Die Zellen, die sie liest, sind auf der Tafel markiert.</translation>
    </message>
    <message>
        <source>The formula: %1</source>
        <translation>Die Formel: %1</translation>
    </message>
    <message>
        <source>The terms: %1</source>
        <translation>Die Terme: %1</translation>
    </message>
    <message>
        <source>Score %1 of %2 · streak %3</source>
        <translation>Punkte %1 von %2 · Serie %3</translation>
    </message>
    <message>
        <source>kernel not flipped</source>
        <translation>Kernel nicht gedreht</translation>
    </message>
    <message>
        <source>kernel flipped</source>
        <translation>Kernel gedreht</translation>
    </message>
    <message>
        <source>window shifted</source>
        <translation>Fenster verschoben</translation>
    </message>
    <message>
        <source>sign error</source>
        <translation>Vorzeichenfehler</translation>
    </message>
    <message>
        <source>term missing</source>
        <translation>Term fehlt</translation>
    </message>
    <message>
        <source>wrong extent</source>
        <translation>falscher Bereich</translation>
    </message>
</context>
<context>
    <name>engine</name>
    <message>
        <source>, stride %1</source>
        <translation>, Schrittweite %1</translation>
    </message>
    <message>
        <source>%1 kernels %2×%3</source>
        <translation>%1 Kernel %2×%3</translation>
    </message>
    <message>
        <source>, padding %1</source>
        <translation>, Padding %1</translation>
    </message>
    <message>
        <source>, bias per kernel</source>
        <translation>, Bias pro Kernel</translation>
    </message>
    <message>
        <source>, bias per output</source>
        <translation>, Bias pro Ausgabe</translation>
    </message>
    <message>
        <source>flatten to a vector</source>
        <translation>zu einem Vektor abflachen</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 Neuronen</translation>
    </message>
    <message>
        <source>temperature %1</source>
        <translation>Temperatur %1</translation>
    </message>
    <message>
        <source>Convolutional</source>
        <translation>Faltungsschicht</translation>
    </message>
    <message>
        <source>K kernels slide over the input: y_i = B_i + Σ_j x_j ★ K_ij</source>
        <translation>K Kernel gleiten über die Eingabe: y_i = B_i + Σ_j x_j ★ K_ij</translation>
    </message>
    <message>
        <source>Kernels</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Number of kernels = depth of the output</source>
        <translation>Anzahl der Kernel = Tiefe der Ausgabe</translation>
    </message>
    <message>
        <source>Kernel size</source>
        <translation>Kernelgröße</translation>
    </message>
    <message>
        <source>Each kernel is size × size × input depth</source>
        <translation>Jeder Kernel ist Größe × Größe × Eingabetiefe</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>Schrittweite</translation>
    </message>
    <message>
        <source>Step between kernel positions</source>
        <translation>Abstand zwischen zwei Kernel-Positionen</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>Padding</translation>
    </message>
    <message>
        <source>Zeros added on every side of the input</source>
        <translation>Nullen, die an jeder Seite der Eingabe angefügt werden</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>Bias</translation>
    </message>
    <message>
        <source>One bias per output value (the notes) or one per kernel (PyTorch&apos;s Conv2d)</source>
        <translation>Ein Bias pro Ausgabewert (das Skript) oder einer pro Kernel (Conv2d von PyTorch)</translation>
    </message>
    <message>
        <source>per output (the notes)</source>
        <translation>pro Ausgabe (das Skript)</translation>
    </message>
    <message>
        <source>per kernel (PyTorch)</source>
        <translation>pro Kernel (PyTorch)</translation>
    </message>
    <message>
        <source>Max pooling</source>
        <translation>Max-Pooling</translation>
    </message>
    <message>
        <source>The largest value of each size × size window, per channel</source>
        <translation>Der größte Wert jedes Fensters Größe × Größe, pro Kanal</translation>
    </message>
    <message>
        <source>Step between windows (default: the window size)</source>
        <translation>Abstand zwischen Fenstern (Standard: die Fenstergröße)</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Pooling window size × size</source>
        <translation>Pooling-Fenster Größe × Größe</translation>
    </message>
    <message>
        <source>Reshape</source>
        <translation>Umformen</translation>
    </message>
    <message>
        <source>Flattens its input into one vector for dense layers.</source>
        <translation>Flacht die Eingabe zu einem Vektor für Dense-Schichten ab.</translation>
    </message>
    <message>
        <source>Dense</source>
        <translation>Dense</translation>
    </message>
    <message>
        <source>Fully connected: Y = W·X + B</source>
        <translation>Vollständig verbunden: Y = W·X + B</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Neuronen</translation>
    </message>
    <message>
        <source>Outputs of the layer; the last layer needs one per class</source>
        <translation>Ausgaben der Schicht; die letzte Schicht braucht eine pro Klasse</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <source>σ(x) = 1 / (1 + e^(−x)) on every value, into (0, 1). No settings.</source>
        <translation>σ(x) = 1 / (1 + e^(−x)) auf jeden Wert, nach (0, 1). Keine Einstellungen.</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <source>tanh(x) on every value, into (−1, 1). No settings.</source>
        <translation>tanh(x) auf jeden Wert, nach (−1, 1). Keine Einstellungen.</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>max(0, x) on every value. No settings.</source>
        <translation>max(0, x) auf jeden Wert. Keine Einstellungen.</translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation>Softmax</translation>
    </message>
    <message>
        <source>Probabilities over the whole vector: e^(x_i/T) / Σ_j e^(x_j/T)</source>
        <translation>Wahrscheinlichkeiten über den ganzen Vektor: e^(x_i/T) / Σ_j e^(x_j/T)</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>T &gt; 0: softmax(x / T); above 1 flattens the probabilities, below 1 sharpens them</source>
        <translation>T &gt; 0: softmax(x / T); über 1 ebnet die Wahrscheinlichkeiten ein, unter 1 schärft sie</translation>
    </message>
    <message>
        <source>Valid cross-correlation: I ★ K</source>
        <translation>Kreuzkorrelation (valid): I ★ K</translation>
    </message>
    <message>
        <source>Slide the kernel over the input, multiply the overlapping values, add them up. Output size = 3 − 2 + 1 = 2.</source>
        <translation>Schiebe den Kernel über die Eingabe, multipliziere die überlappenden Werte, addiere sie. Ausgabegröße = 3 − 2 + 1 = 2.</translation>
    </message>
    <message>
        <source>Convolution: I * K = I ★ rot180(K)</source>
        <translation>Faltung: I * K = I ★ rot180(K)</translation>
    </message>
    <message>
        <source>Convolution is cross-correlation with the kernel rotated by 180° (horizontal flip, then vertical flip).</source>
        <translation>Faltung ist Kreuzkorrelation mit dem um 180° gedrehten Kernel (horizontal spiegeln, dann vertikal).</translation>
    </message>
    <message>
        <source>Full cross-correlation: I full-★ K</source>
        <translation>Kreuzkorrelation (full): I full-★ K</translation>
    </message>
    <message>
        <source>Start as soon as the kernel and the input overlap: the input is padded with k − 1 zeros.</source>
        <translation>Beginne, sobald sich Kernel und Eingabe überlappen: Die Eingabe wird mit k − 1 Nullen aufgefüllt.</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>Richtig.</translation>
    </message>
    <message>
        <source>You used the kernel without rotating it: convolution flips it first (rot180).</source>
        <translation>Du hast den Kernel nicht gedreht: Die Faltung dreht ihn zuerst (rot180).</translation>
    </message>
    <message>
        <source>You rotated the kernel: cross-correlation uses it as it is; only convolution flips it.</source>
        <translation>Du hast den Kernel gedreht: Die Kreuzkorrelation nimmt ihn, wie er ist; nur die Faltung dreht ihn.</translation>
    </message>
    <message>
        <source>Your window is one step off: the highlighted cells are the ones you used.</source>
        <translation>Dein Fenster liegt einen Schritt daneben: Die markierten Zellen sind die, die du benutzt hast.</translation>
    </message>
    <message>
        <source>One negative product lost its sign: the highlighted term.</source>
        <translation>Ein negatives Produkt hat sein Vorzeichen verloren: der markierte Term.</translation>
    </message>
    <message>
        <source>One product is missing from your sum: the highlighted term.</source>
        <translation>In deiner Summe fehlt ein Produkt: der markierte Term.</translation>
    </message>
    <message>
        <source>You placed the window as in the other mode: valid starts with the kernel inside the input, full as soon as they overlap.</source>
        <translation>Du hast das Fenster wie im anderen Modus gesetzt: valid beginnt mit dem Kernel innerhalb der Eingabe, full, sobald sie sich überlappen.</translation>
    </message>
    <message>
        <source>That is not it, and it matches no mistake I know: try the hints.</source>
        <translation>Das ist es nicht, und es passt zu keinem Fehler, den ich kenne: Versuch es mit den Hinweisen.</translation>
    </message>
    <message>
        <source>The window: rows %1–%2, columns %3–%4 of the input%5%6.</source>
        <translation>Das Fenster: Zeilen %1–%2, Spalten %3–%4 der Eingabe%5%6.</translation>
    </message>
    <message>
        <source> (negative or past the edge: the zero padding)</source>
        <translation> (negativ oder über den Rand: das Zero-Padding)</translation>
    </message>
    <message>
        <source>, with the kernel rotated 180° first</source>
        <translation>, mit dem zuerst um 180° gedrehten Kernel</translation>
    </message>
    <message>
        <source>The products: none: the window lies in the zero padding.</source>
        <translation>Die Produkte: keine: Das Fenster liegt im Zero-Padding.</translation>
    </message>
    <message>
        <source>The products: %1.</source>
        <translation>Die Produkte: %1.</translation>
    </message>
    <message>
        <source>Level %1: %2</source>
        <translation>Stufe %1: %2</translation>
    </message>
    <message>
        <source>cross-correlate a 3×3 with a 2×2 (valid)</source>
        <translation>eine 3×3 mit einer 2×2 kreuzkorrelieren (valid)</translation>
    </message>
    <message>
        <source>cross-correlate a 5×5 with a 3×3 (valid)</source>
        <translation>eine 5×5 mit einer 3×3 kreuzkorrelieren (valid)</translation>
    </message>
    <message>
        <source>full cross-correlation of a 3×3 with a 2×2</source>
        <translation>Kreuzkorrelation (full) einer 3×3 mit einer 2×2</translation>
    </message>
    <message>
        <source>convolve a 3×3 with a 2×2 (valid; rotate the kernel first)</source>
        <translation>eine 3×3 mit einer 2×2 falten (valid; zuerst den Kernel drehen)</translation>
    </message>
    <message>
        <source>cross-correlate a 5×5 with a 3×3, padding 1, stride 2</source>
        <translation>eine 5×5 mit einer 3×3 kreuzkorrelieren, Padding 1, Schrittweite 2</translation>
    </message>
    <message>
        <source>Level 6: the conv layer&apos;s backward pass, ∂E/∂K and ∂E/∂X</source>
        <translation>Stufe 6: der Rückwärtsdurchlauf der Faltungsschicht, ∂E/∂K und ∂E/∂X</translation>
    </message>
    <message>
        <source>the step −a·Δw², Δw²_ij = ∂E/∂w²_ij = α¹_i·δ²_j (27)</source>
        <translation>der Schritt −a·Δw², Δw²_ij = ∂E/∂w²_ij = α¹_i·δ²_j (27)</translation>
    </message>
    <message>
        <source>Level 7: the MLP&apos;s output-layer step −a·Δw² (second notes, eq. 27 and the SGD step)</source>
        <translation>Stufe 7: der Schritt −a·Δw² der MLP-Ausgabeschicht (zweites Skript, Gl. 27 und der SGD-Schritt)</translation>
    </message>
    <message>
        <source>α¹ (hidden activations)</source>
        <translation>α¹ (verdeckte Aktivierungen)</translation>
    </message>
    <message>
        <source>a (learning rate)</source>
        <translation>a (Lernrate)</translation>
    </message>
    <message>
        <source>Compute %1.</source>
        <translation>Berechne %1.</translation>
    </message>
    <message>
        <source>a: (13); the step is not written in the notes</source>
        <translation>a: (13); der Schritt steht nicht im Skript</translation>
    </message>
    <message>
        <source>%1   (14, with the bias of 25)</source>
        <translation>%1   (14, mit dem Bias aus 25)</translation>
    </message>
    <message>
        <source>tanh: not in the notes&apos; equations</source>
        <translation>tanh: nicht in den Gleichungen des Skripts</translation>
    </message>
    <message>
        <source>R′, after 45</source>
        <translation>R′, nach 45</translation>
    </message>
    <message>
        <source>tanh′: not in the notes</source>
        <translation>tanh′: nicht im Skript</translation>
    </message>
    <message>
        <source>first notes, binary cross-entropy</source>
        <translation>erstes Skript, binäre Kreuzentropie</translation>
    </message>
    <message>
        <source>cross-entropy: not in the notes</source>
        <translation>Kreuzentropie: nicht im Skript</translation>
    </message>
    <message>
        <source>vs</source>
        <translation>vs.</translation>
    </message>
    <message>
        <source>first notes, BCE</source>
        <translation>erstes Skript, BCE</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>Kreuzentropie</translation>
    </message>
    <message>
        <source>%1 (notes)</source>
        <translation>%1 (Skript)</translation>
    </message>
    <message>
        <source>∂E/∂zᵢ² as the notes write it: ∂E/∂Yᵢ · S(zᵢ)(1 − S(zᵢ)), the Jacobian&apos;s diagonal only   (24, 27, 28)</source>
        <translation>∂E/∂zᵢ² wie im Skript: ∂E/∂Yᵢ · S(zᵢ)(1 − S(zᵢ)), nur die Diagonale der Jacobi-Matrix   (24, 27, 28)</translation>
    </message>
    <message>
        <source>∂E/∂zᵢ² = ∂E/∂Yᵢ · σ(zᵢ)(1 − σ(zᵢ)) (exact for a sigmoid output)   (24, 27, 28)</source>
        <translation>∂E/∂zᵢ² = ∂E/∂Yᵢ · σ(zᵢ)(1 − σ(zᵢ)) (exakt für eine Sigmoid-Ausgabe)   (24, 27, 28)</translation>
    </message>
    <message>
        <source>∂E/∂zᵢ² = Σⱼ ∂E/∂Yⱼ · Jⱼᵢ with the full Jacobian (cnnlab): the off-diagonal −SⱼSᵢ/T terms the notes leave out   (§0.3.2.3)</source>
        <translation>∂E/∂zᵢ² = Σⱼ ∂E/∂Yⱼ · Jⱼᵢ mit der ganzen Jacobi-Matrix (cnnlab): die Terme −SⱼSᵢ/T außerhalb der Diagonale, die das Skript weglässt   (§0.3.2.3)</translation>
    </message>
    <message>
        <source>%1; the notes&apos; diagonal gives %2, off by %3   (§0.3.2.3)</source>
        <translation>%1; die Diagonale des Skripts ergibt %2, Abweichung %3   (§0.3.2.3)</translation>
    </message>
    <message>
        <source>diagonal (notes, 24): %1</source>
        <translation>Diagonale (Skript, 24): %1</translation>
    </message>
    <message>
        <source>off-diagonal %1 = %2   (§0.3.2.3)</source>
        <translation>außerhalb der Diagonale %1 = %2   (§0.3.2.3)</translation>
    </message>
    <message>
        <source>%1; the notes&apos; diagonal gives %2</source>
        <translation>%1; die Diagonale des Skripts ergibt %2</translation>
    </message>
    <message>
        <source>the notes&apos; diagonal ∂E/∂z² gives %1, off by %2   (§0.3.2.3)</source>
        <translation>die Diagonale ∂E/∂z² des Skripts ergibt %1, Abweichung %2   (§0.3.2.3)</translation>
    </message>
    <message>
        <source>∂E/∂αᵢ¹ = Σⱼ wᵢⱼ² · ∂E/∂zⱼ²   (46–47, summed over every output)</source>
        <translation>∂E/∂αᵢ¹ = Σⱼ wᵢⱼ² · ∂E/∂zⱼ²   (46–47, summiert über alle Ausgaben)</translation>
    </message>
    <message>
        <source>%1 after</source>
        <translation>%1 danach</translation>
    </message>
    <message>
        <source>%1 inputs → %2 %3 units → %4 %5 outputs%6, loss %7, one sample, learning rate a = %8. wᵢⱼᵏ goes from input i to output j of layer k (notes, (2)).</source>
        <translation>%1 Eingaben → %2 %3-Neuronen → %4 %5-Ausgaben%6, Verlust %7, ein Beispiel, Lernrate a = %8. wᵢⱼᵏ führt von Eingabe i zu Ausgabe j der Schicht k (Skript, (2)).</translation>
    </message>
    <message>
        <source>MLP forward pass: z = Σ x w + b, α = σ(z), Y = S(z)   (14–16)</source>
        <translation>MLP-Vorwärtsdurchlauf: z = Σ x w + b, α = σ(z), Y = S(z)   (14–16)</translation>
    </message>
    <message>
        <source>MLP backward pass: output layer (19–28), hidden layer (46–53), then w ← w − a·Δw</source>
        <translation>MLP-Rückwärtsdurchlauf: Ausgabeschicht (19–28), verdeckte Schicht (46–53), dann w ← w − a·Δw</translation>
    </message>
    <message>
        <source>%1 Forward: Y = (%2), E = %3.</source>
        <translation>%1 Vorwärts: Y = (%2), E = %3.</translation>
    </message>
    <message>
        <source>%1 (notes&apos; diagonal) = %2</source>
        <translation>%1 (Diagonale des Skripts) = %2</translation>
    </message>
    <message>
        <source>+ off-diagonal %1 terms %2 = %3 (full Jacobian)</source>
        <translation>+ Terme %1 außerhalb der Diagonale: %2 = %3 (ganze Jacobi-Matrix)</translation>
    </message>
    <message>
        <source>The softmax Jacobian Jᵢⱼ = ∂Sᵢ/∂zⱼ   (§0.3.2.3, 35, 36)</source>
        <translation>Die Softmax-Jacobi-Matrix Jᵢⱼ = ∂Sᵢ/∂zⱼ   (§0.3.2.3, 35, 36)</translation>
    </message>
    <message>
        <source>S = softmax(z/T) with T = %1. Diagonal Sᵢ(1 − Sᵢ)/T (eq. 35 with eq. 36&apos;s T), off-diagonal −SᵢSⱼ/T; each row sums to 0.</source>
        <translation>S = softmax(z/T) mit T = %1. Diagonale Sᵢ(1 − Sᵢ)/T (Gl. 35 mit dem T aus Gl. 36), außerhalb −SᵢSⱼ/T; jede Zeile summiert zu 0.</translation>
    </message>
    <message>
        <source>… + %1 more terms = %2</source>
        <translation>… + %1 weitere Terme = %2</translation>
    </message>
    <message>
        <source>+ bias %1 = %2   (%3)</source>
        <translation>+ Bias %1 = %2   (%3)</translation>
    </message>
    <message>
        <source>From the network: output %1 (class %2) through hidden unit %3 of the MLP</source>
        <translation>Aus dem Netz: Ausgabe %1 (Klasse %2) über die verdeckte Einheit %3 des MLP</translation>
    </message>
    <message>
        <source>A test image (label %1) through %2 → %3 → %4. Sums of hundreds of terms show their 4 largest and the rest in one number. Y = %5 for unit %6.</source>
        <translation>Ein Testbild (Label %1) durch %2 → %3 → %4. Summen aus Hunderten Termen zeigen ihre 4 größten und den Rest als eine Zahl. Y = %5 für Neuron %6.</translation>
    </message>
    <message>
        <source>%1, largest terms first:</source>
        <translation>%1, größte Terme zuerst:</translation>
    </message>
    <message>
        <source>x (the image)</source>
        <translation>x (das Bild)</translation>
    </message>
    <message>
        <source>%1 (notes, diagonal) = %2   (24)</source>
        <translation>%1 (Skript, Diagonale) = %2   (24)</translation>
    </message>
    <message>
        <source>full Jacobian (cnnlab): %1, off-diagonal terms %2</source>
        <translation>ganze Jacobi-Matrix (cnnlab): %1, Terme außerhalb der Diagonale: %2</translation>
    </message>
    <message>
        <source>%1  (pixel %2, %3)</source>
        <translation>%1  (Pixel %2, %3)</translation>
    </message>
    <message>
        <source>CNN notes</source>
        <translation>CNN-Skript</translation>
    </message>
    <message>
        <source>(4) Binary Cross Entropy: the formula for E and the names of y and ŷ</source>
        <translation>(4) Binary Cross Entropy: die Formel für E und die Namen von y und ŷ</translation>
    </message>
    <message>
        <source>E = −(1/n) Σ ŷᵢ log(ŷᵢ) + (1 − ŷᵢ) log(1 − ŷᵢ), one symbol for both label and prediction; y is called &quot;Predicted&quot; and ŷ &quot;Actual&quot;, the reverse of the code below it (binary_crossentropy(y_true, y_pred)).</source>
        <translation>E = −(1/n) Σ ŷᵢ log(ŷᵢ) + (1 − ŷᵢ) log(1 − ŷᵢ), ein Symbol für Label und Vorhersage; y heißt „Predicted“ und ŷ „Actual“, umgekehrt wie im Code darunter (binary_crossentropy(y_true, y_pred)).</translation>
    </message>
    <message>
        <source>E = −(1/n) Σ yᵢ log(ŷᵢ) + (1 − yᵢ) log(1 − ŷᵢ) with y the label and ŷ the prediction; ∂E/∂ŷᵢ = ((1 − yᵢ)/(1 − ŷᵢ) − yᵢ/ŷᵢ)/n, as the code computes.</source>
        <translation>E = −(1/n) Σ yᵢ log(ŷᵢ) + (1 − yᵢ) log(1 − ŷᵢ) mit y dem Label und ŷ der Vorhersage; ∂E/∂ŷᵢ = ((1 − yᵢ)/(1 − ŷᵢ) − yᵢ/ŷᵢ)/n, wie der Code rechnet.</translation>
    </message>
    <message>
        <source>BinaryCrossEntropy takes the label y and the prediction p and computes exactly that (p kept inside [ε, 1 − ε] so log never sees 0).</source>
        <translation>BinaryCrossEntropy nimmt das Label y und die Vorhersage p und berechnet genau das (p bleibt in [ε, 1 − ε], damit log nie 0 sieht).</translation>
    </message>
    <message>
        <source>(2) Convolution Layer, the forward code</source>
        <translation>(2) Convolution Layer, der Vorwärts-Code</translation>
    </message>
    <message>
        <source>self.output[i] += signal.correlate2d(self.input[i], self.kernels[i, j], &quot;valid&quot;) inside a loop over j.</source>
        <translation>self.output[i] += signal.correlate2d(self.input[i], self.kernels[i, j], &quot;valid&quot;) in einer Schleife über j.</translation>
    </message>
    <message>
        <source>self.input[j]: output i adds x_j ★ K_ij over every input channel j (yᵢ = Bᵢ + Σⱼ xⱼ ★ Kᵢⱼ, as the notes&apos; own formula says).</source>
        <translation>self.input[j]: Ausgabe i addiert x_j ★ K_ij über jeden Eingabekanal j (yᵢ = Bᵢ + Σⱼ xⱼ ★ Kᵢⱼ, wie die eigene Formel des Skripts sagt).</translation>
    </message>
    <message>
        <source>Convolutional correlates channel j with K_ij and sums over j; the conv-layer-forward example writes each sum out.</source>
        <translation>Convolutional korreliert Kanal j mit K_ij und summiert über j; das Beispiel conv-layer-forward schreibt jede Summe aus.</translation>
    </message>
    <message>
        <source>(2) backward, the list of ∂E/∂x₁₁ … ∂E/∂x₃₃ for a 3×3 input and 2×2 kernel</source>
        <translation>(2) backward, die Liste von ∂E/∂x₁₁ … ∂E/∂x₃₃ für eine 3×3-Eingabe und einen 2×2-Kernel</translation>
    </message>
    <message>
        <source>∂E/∂x₁₁ is first given four terms, ∂E/∂y₁₁k₁₁ + ∂E/∂y₁₂k₁₂ + ∂E/∂y₂₁k₂₁ + ∂E/∂y₂₂k₂₂, then &quot;or&quot; one; ∂E/∂x₂₁ appears twice, the first time as ∂E/∂y₁₂·k₁₂; ∂E/∂x₂₂ = ∂E/∂y₁₁k₂₂ + ∂E/∂y₁₂k₁₂ + ∂E/∂y₂₁k₁₁ + ∂E/∂y₂₂k₂₁; ∂E/∂x₃₁ = ∂E/∂y₁₁k₂₁; ∂E/∂x₃₂ = ∂E/∂y₁₂k₂₂ + ∂E/∂y₂₂k₂₁.</source>
        <translation>∂E/∂x₁₁ bekommt zuerst vier Terme, ∂E/∂y₁₁k₁₁ + ∂E/∂y₁₂k₁₂ + ∂E/∂y₂₁k₂₁ + ∂E/∂y₂₂k₂₂, dann „or“ einen; ∂E/∂x₂₁ steht zweimal da, beim ersten Mal als ∂E/∂y₁₂·k₁₂; ∂E/∂x₂₂ = ∂E/∂y₁₁k₂₂ + ∂E/∂y₁₂k₁₂ + ∂E/∂y₂₁k₁₁ + ∂E/∂y₂₂k₂₁; ∂E/∂x₃₁ = ∂E/∂y₁₁k₂₁; ∂E/∂x₃₂ = ∂E/∂y₁₂k₂₂ + ∂E/∂y₂₂k₂₁.</translation>
    </message>
    <message>
        <source>∂E/∂x₁₁ = ∂E/∂y₁₁·k₁₁ only: x₁₁ lies in one window. The first ∂E/∂x₂₁ is ∂E/∂x₁₃ = ∂E/∂y₁₂·k₁₂; ∂E/∂x₂₂ = ∂E/∂y₁₁k₂₂ + ∂E/∂y₁₂k₂₁ + ∂E/∂y₂₁k₁₂ + ∂E/∂y₂₂k₁₁; ∂E/∂x₃₁ = ∂E/∂y₂₁k₂₁; ∂E/∂x₃₂ = ∂E/∂y₂₁k₂₂ + ∂E/∂y₂₂k₂₁. The summary after the list, ∂E/∂x = ∂E/∂y ★full rot180(k), is right (the boxed formula further on is the input-gradient-sum entry).</source>
        <translation>Nur ∂E/∂x₁₁ = ∂E/∂y₁₁·k₁₁: x₁₁ liegt in einem einzigen Fenster. Das erste ∂E/∂x₂₁ ist ∂E/∂x₁₃ = ∂E/∂y₁₂·k₁₂; ∂E/∂x₂₂ = ∂E/∂y₁₁k₂₂ + ∂E/∂y₁₂k₂₁ + ∂E/∂y₂₁k₁₂ + ∂E/∂y₂₂k₁₁; ∂E/∂x₃₁ = ∂E/∂y₂₁k₂₁; ∂E/∂x₃₂ = ∂E/∂y₂₁k₂₂ + ∂E/∂y₂₂k₂₁. Die Zusammenfassung nach der Liste, ∂E/∂x = ∂E/∂y ★full rot180(k), stimmt (die eingerahmte Formel weiter hinten ist der Eintrag input-gradient-sum).</translation>
    </message>
    <message>
        <source>The conv-layer-backward example writes every ∂E/∂x from the full correlation with rot180(K), so each ∂E/∂y is paired with the right k.</source>
        <translation>Das Beispiel conv-layer-backward schreibt jedes ∂E/∂x aus der vollen Korrelation mit rot180(K), so steht jedes ∂E/∂y beim richtigen k.</translation>
    </message>
    <message>
        <source>(2) backward, (ii) Bias gradient</source>
        <translation>(2) backward, (ii) Bias gradient</translation>
    </message>
    <message>
        <source>∂E/∂b_i = ∂E/∂y_{i1}·∂y_{i1}/∂b_{i1} + ∂E/∂y_{i2}·∂y_{i2}/∂b_{i1} + ∂E/∂y_{i1}·∂y_{i1}/∂b_{i1} + ∂E/∂y_{i2}·∂y_{i2}/∂b_{i1}, then ∂E/∂b_i = ∂E/∂y_{i1}.</source>
        <translation>∂E/∂b_i = ∂E/∂y_{i1}·∂y_{i1}/∂b_{i1} + ∂E/∂y_{i2}·∂y_{i2}/∂b_{i1} + ∂E/∂y_{i1}·∂y_{i1}/∂b_{i1} + ∂E/∂y_{i2}·∂y_{i2}/∂b_{i1}, dann ∂E/∂b_i = ∂E/∂y_{i1}.</translation>
    </message>
    <message>
        <source>B_i is a matrix the shape of Y_i, and each of its cells b_{i,rc} is added to y_{i,rc} alone: ∂E/∂b_{i,rc} = ∂E/∂y_{i,rc}, so ∂E/∂B_i = ∂E/∂Y_i, cell for cell (the summary the notes reach).</source>
        <translation>B_i ist eine Matrix in der Form von Y_i, und jede ihrer Zellen b_{i,rc} wird nur zu y_{i,rc} addiert: ∂E/∂b_{i,rc} = ∂E/∂y_{i,rc}, also ∂E/∂B_i = ∂E/∂Y_i, Zelle für Zelle (die Zusammenfassung, zu der das Skript kommt).</translation>
    </message>
    <message>
        <source>Convolutional&apos;s bias gradient is the output gradient, cell for cell (the gradient check holds it), and the conv-layer-backward example says ∂E/∂B = ∂E/∂Y.</source>
        <translation>Der Bias-Gradient von Convolutional ist der Ausgabegradient, Zelle für Zelle (die Gradientenprüfung bestätigt es), und das Beispiel conv-layer-backward sagt ∂E/∂B = ∂E/∂Y.</translation>
    </message>
    <message>
        <source>(2) backward, the figure of ∂E/∂x₃₁ … ∂E/∂x₃₃</source>
        <translation>(2) backward, die Abbildung von ∂E/∂x₃₁ … ∂E/∂x₃₃</translation>
    </message>
    <message>
        <source>The last row of ∂E/∂X is drawn beside ∂E/∂y₃₁ and ∂E/∂y₃₂.</source>
        <translation>Die letzte Zeile von ∂E/∂X ist neben ∂E/∂y₃₁ und ∂E/∂y₃₂ gezeichnet.</translation>
    </message>
    <message>
        <source>A 3×3 input and a 2×2 kernel give a 2×2 output: there is no y₃₁ or y₃₂. The input&apos;s last row is reached from the output&apos;s last row: ∂E/∂x₃ⱼ uses ∂E/∂y₂₁ and ∂E/∂y₂₂ with the kernel&apos;s second row k₂₁, k₂₂.</source>
        <translation>Eine 3×3-Eingabe und ein 2×2-Kernel ergeben eine 2×2-Ausgabe: Es gibt kein y₃₁ oder y₃₂. Die letzte Zeile der Eingabe erreicht man von der letzten Zeile der Ausgabe: ∂E/∂x₃ⱼ nutzt ∂E/∂y₂₁ und ∂E/∂y₂₂ mit der zweiten Kernel-Zeile k₂₁, k₂₂.</translation>
    </message>
    <message>
        <source>The conv-layer-backward example draws the 2×2 ∂E/∂Y, zero-padded for the full correlation, and writes ∂E/∂x₃₁ = ∂E/∂y₂₁·k₂₁.</source>
        <translation>Das Beispiel conv-layer-backward zeichnet das 2×2-∂E/∂Y, mit Nullen aufgefüllt für die volle Korrelation, und schreibt ∂E/∂x₃₁ = ∂E/∂y₂₁·k₂₁.</translation>
    </message>
    <message>
        <source>(2) the Convolution class, __init__ and forward</source>
        <translation>(2) die Klasse Convolution, __init__ und forward</translation>
    </message>
    <message>
        <source>input_depth, input_height, input_width = input_shape as locals, a bare self.depth, and then for j in range(self.input_depth) in forward and backward.</source>
        <translation>input_depth, input_height, input_width = input_shape als lokale Variablen, ein nacktes self.depth und dann for j in range(self.input_depth) in forward und backward.</translation>
    </message>
    <message>
        <source>self.input_depth = input_depth must be kept (self.depth = kernel_number too): as written, forward raises AttributeError before adding any channel.</source>
        <translation>self.input_depth = input_depth muss gespeichert werden (self.depth = kernel_number auch): So wie es dasteht, wirft forward AttributeError, bevor ein Kanal addiert ist.</translation>
    </message>
    <message>
        <source>Convolutional keeps its input depth from the network&apos;s shapes and adds every channel&apos;s correlation (the conv-forward-index entry).</source>
        <translation>Convolutional übernimmt seine Eingabetiefe aus den Formen des Netzes und addiert die Korrelation jedes Kanals (der Eintrag conv-forward-index).</translation>
    </message>
    <message>
        <source>(2) the Sigmoid class</source>
        <translation>(2) die Klasse Sigmoid</translation>
    </message>
    <message>
        <source>def sigmoid_prime(self): s = sigmoid(x); return s * (1 − s)</source>
        <translation>def sigmoid_prime(self): s = sigmoid(x); return s * (1 − s)</translation>
    </message>
    <message>
        <source>sigmoid_prime takes x, as sigmoid does: def sigmoid_prime(x). As written it is called with the activation&apos;s input bound to self and x undefined, so the backward pass raises NameError. σ′(x) = σ(x)(1 − σ(x)).</source>
        <translation>sigmoid_prime nimmt x, wie sigmoid: def sigmoid_prime(x). So wie es dasteht, wird es mit der Eingabe der Aktivierung als self und undefiniertem x aufgerufen, also wirft der Rückwärtsdurchlauf NameError. σ′(x) = σ(x)(1 − σ(x)).</translation>
    </message>
    <message>
        <source>Sigmoid&apos;s backward multiplies ∂E/∂y by y(1 − y), with y = σ(x) kept from the forward pass.</source>
        <translation>Das backward von Sigmoid multipliziert ∂E/∂y mit y(1 − y), wobei y = σ(x) aus dem Vorwärtsdurchlauf gemerkt ist.</translation>
    </message>
    <message>
        <source>(1) Full cross-correlation, the result matrix</source>
        <translation>(1) Full cross-correlation, die Ergebnismatrix</translation>
    </message>
    <message>
        <source>b = −1×1 + 0×6 = −1 is computed, then the result&apos;s first row is printed 0 1 −6 −2.</source>
        <translation>b = −1×1 + 0×6 = −1 wird berechnet, dann steht als erste Zeile des Ergebnisses 0 1 −6 −2.</translation>
    </message>
    <message>
        <source>0 −1 −6 −2 (b = −1).</source>
        <translation>0 −1 −6 −2 (b = −1).</translation>
    </message>
    <message>
        <source>notebook-full computes b = −1.</source>
        <translation>notebook-full berechnet b = −1.</translation>
    </message>
    <message>
        <source>(1) Convolution Operation, the example</source>
        <translation>(1) Convolution Operation, das Beispiel</translation>
    </message>
    <message>
        <source>[1 6 2; 5 3 1; 7 0 4] * [0 −1; 2 1] = [7 5; 11 3]: the kernel is shown already rotated.</source>
        <translation>[1 6 2; 5 3 1; 7 0 4] * [0 −1; 2 1] = [7 5; 11 3]: Der Kernel ist schon gedreht abgebildet.</translation>
    </message>
    <message>
        <source>I * K with K = [1 2; −1 0] gives [7 5; 11 3]; that equals I ★ rot180(K) = I ★ [0 −1; 2 1].</source>
        <translation>I * K mit K = [1 2; −1 0] ergibt [7 5; 11 3]; das ist gleich I ★ rot180(K) = I ★ [0 −1; 2 1].</translation>
    </message>
    <message>
        <source>notebook-convolve shows K = [1 2; −1 0], animates rot180 and gets 7 5 11 3.</source>
        <translation>notebook-convolve zeigt K = [1 2; −1 0], animiert rot180 und erhält 7 5 11 3.</translation>
    </message>
    <message>
        <source>(1) Valid and Full cross-correlation; (2) the depth-n layer formulas</source>
        <translation>(1) Valid und Full cross-correlation; (2) die Formeln der Schicht mit Tiefe n</translation>
    </message>
    <message>
        <source>Cross-correlations written with * (the convolution operator): I * K = [8 7; 4 5], I full-* K, and yᵢ = bᵢ + x₁ * kᵢ₁ + … after the depth-3 version used ★.</source>
        <translation>Kreuzkorrelationen mit * geschrieben (dem Faltungsoperator): I * K = [8 7; 4 5], I full-* K und yᵢ = bᵢ + x₁ * kᵢ₁ + …, nachdem die Version mit Tiefe 3 ★ benutzt hat.</translation>
    </message>
    <message>
        <source>★: [8 7; 4 5] is I ★ K; the convolution I * K would be [7 5; 11 3]. The layer correlates.</source>
        <translation>★: [8 7; 4 5] ist I ★ K; die Faltung I * K wäre [7 5; 11 3]. Die Schicht korreliert.</translation>
    </message>
    <message>
        <source>The stepper writes ★ for correlation and * only for convolution; the conv layer correlates.</source>
        <translation>Der Stepper schreibt ★ für Korrelation und * nur für Faltung; die Faltungsschicht korreliert.</translation>
    </message>
    <message>
        <source>(2) backward, the general ∂E/∂Kᵢⱼ</source>
        <translation>(2) backward, das allgemeine ∂E/∂Kᵢⱼ</translation>
    </message>
    <message>
        <source>∂E/∂Kᵢⱼ = Xⱼ * ∂E/∂yᵢ (convolution).</source>
        <translation>∂E/∂Kᵢⱼ = Xⱼ * ∂E/∂yᵢ (Faltung).</translation>
    </message>
    <message>
        <source>∂E/∂Kᵢⱼ = Xⱼ ★ ∂E/∂Yᵢ, the cross-correlation the notes derive one page earlier (∂E/∂K = X ★ ∂E/∂Y).</source>
        <translation>∂E/∂Kᵢⱼ = Xⱼ ★ ∂E/∂Yᵢ, die Kreuzkorrelation, die das Skript eine Seite vorher herleitet (∂E/∂K = X ★ ∂E/∂Y).</translation>
    </message>
    <message>
        <source>Convolutional&apos;s backward and the conv-layer-backward example correlate X with ∂E/∂Y.</source>
        <translation>Das backward von Convolutional und das Beispiel conv-layer-backward korrelieren X mit ∂E/∂Y.</translation>
    </message>
    <message>
        <source>(2) backward, &quot;Also we can say&quot; after the ∂E/∂X matrix</source>
        <translation>(2) backward, „Also we can say“ nach der Matrix ∂E/∂X</translation>
    </message>
    <message>
        <source>∂E/∂x = ∂E/∂y ★full K.</source>
        <translation>∂E/∂x = ∂E/∂y ★full K.</translation>
    </message>
    <message>
        <source>∂E/∂X = ∂E/∂Y full-* K, a full convolution (= ∂E/∂Y full-★ rot180(K)); a full correlation with K itself gives other numbers.</source>
        <translation>∂E/∂X = ∂E/∂Y full-* K, eine volle Faltung (= ∂E/∂Y full-★ rot180(K)); eine volle Korrelation mit K selbst ergibt andere Zahlen.</translation>
    </message>
    <message>
        <source>conv-layer-backward uses ∂E/∂Y full-★ rot180(K).</source>
        <translation>conv-layer-backward nutzt ∂E/∂Y full-★ rot180(K).</translation>
    </message>
    <message>
        <source>(2) backward, the boxed ∂E/∂xⱼ</source>
        <translation>(2) backward, das eingerahmte ∂E/∂xⱼ</translation>
    </message>
    <message>
        <source>∂E/∂xⱼ = Σ_{i=1}^{n} ∂E/∂yᵢ ★full Kᵢⱼ, j = 1 … n.</source>
        <translation>∂E/∂xⱼ = Σ_{i=1}^{n} ∂E/∂yᵢ ★full Kᵢⱼ, j = 1 … n.</translation>
    </message>
    <message>
        <source>i runs over the d kernels (outputs), j over the n input channels: Σ_{i=1}^{d}; and the operation is full-* (full convolution), as in the code (signal.convolve2d(…, &quot;full&quot;)).</source>
        <translation>i läuft über die d Kernel (Ausgaben), j über die n Eingabekanäle: Σ_{i=1}^{d}; und die Operation ist full-* (volle Faltung), wie im Code (signal.convolve2d(…, &quot;full&quot;)).</translation>
    </message>
    <message>
        <source>Convolutional&apos;s backward sums the d kernels&apos; full convolutions into each input channel.</source>
        <translation>Das backward von Convolutional summiert die vollen Faltungen der d Kernel in jeden Eingabekanal.</translation>
    </message>
    <message>
        <source>(2) the Convolution class, output_shape</source>
        <translation>(2) die Klasse Convolution, output_shape</translation>
    </message>
    <message>
        <source>(kernel_number, input_height − kernel_size + input_width − kernel_size + 1).</source>
        <translation>(kernel_number, input_height − kernel_size + input_width − kernel_size + 1).</translation>
    </message>
    <message>
        <source>(kernel_number, input_height − kernel_size + 1, input_width − kernel_size + 1).</source>
        <translation>(kernel_number, input_height − kernel_size + 1, input_width − kernel_size + 1).</translation>
    </message>
    <message>
        <source>Convolutional&apos;s output is kernels × (H − k + 1) × (W − k + 1): 5 × 26 × 26 for the notes&apos; network.</source>
        <translation>Die Ausgabe von Convolutional ist Kernel × (H − k + 1) × (W − k + 1): 5 × 26 × 26 für das Netz des Skripts.</translation>
    </message>
    <message>
        <source>MLP notes</source>
        <translation>MLP-Skript</translation>
    </message>
    <message>
        <source>(3), the bias</source>
        <translation>(3), der Bias</translation>
    </message>
    <message>
        <source>b_ji^k = bias from ith input to jth output in the kth layer.</source>
        <translation>b_ji^k = „bias from ith input to jth output in the kth layer“ (Bias von der i-ten Eingabe zur j-ten Ausgabe der k-ten Schicht).</translation>
    </message>
    <message>
        <source>A bias belongs to an output only: b_j^k, one per unit of layer k (n^k values).</source>
        <translation>Ein Bias gehört nur zu einer Ausgabe: b_j^k, einer pro Neuron der Schicht k (n^k Werte).</translation>
    </message>
    <message>
        <source>Dense has one bias per output; the editable examples take b¹ and b² as lists of n¹ and n² values.</source>
        <translation>Dense hat einen Bias pro Ausgabe; die editierbaren Beispiele nehmen b¹ und b² als Listen von n¹ und n² Werten.</translation>
    </message>
    <message>
        <source>eq. (14)</source>
        <translation>Gl. (14)</translation>
    </message>
    <message>
        <source>z_j^k = Σᵢ x_i^{k−1} w_ij^k, without the bias that eq. (25) includes.</source>
        <translation>z_j^k = Σᵢ x_i^{k−1} w_ij^k, ohne den Bias, den Gl. (25) enthält.</translation>
    </message>
    <message>
        <source>z_j^k = Σᵢ α_i^{k−1} w_ij^k + b_j^k.</source>
        <translation>z_j^k = Σᵢ α_i^{k−1} w_ij^k + b_j^k.</translation>
    </message>
    <message>
        <source>Dense adds b; mlp-forward writes each z with its bias and cites &quot;(14, with the bias of 25)&quot;.</source>
        <translation>Dense addiert b; mlp-forward schreibt jedes z mit seinem Bias und zitiert „(14, mit dem Bias aus 25)“.</translation>
    </message>
    <message>
        <source>§0.3.1.3, the ReLU activation</source>
        <translation>§0.3.1.3, die Aktivierung ReLU</translation>
    </message>
    <message>
        <source>R′(x) = {0 for x &lt; 0, x for x ≥ 0}: the function itself is written as its derivative.</source>
        <translation>R′(x) = {0 für x &lt; 0, x für x ≥ 0}: Die Funktion selbst ist als ihre Ableitung geschrieben.</translation>
    </message>
    <message>
        <source>R(x) = max(0, x); its derivative R′(x) = {0 for x &lt; 0, 1 for x ≥ 0}, as the notes write after eq. (45).</source>
        <translation>R(x) = max(0, x); ihre Ableitung R′(x) = {0 für x &lt; 0, 1 für x ≥ 0}, wie das Skript nach Gl. (45) schreibt.</translation>
    </message>
    <message>
        <source>ReLU computes max(0, x) and passes the gradient where x ≥ 0 (R′(0) = 1, the notes&apos; choice).</source>
        <translation>ReLU berechnet max(0, x) und lässt den Gradienten durch, wo x ≥ 0 (R′(0) = 1, die Wahl des Skripts).</translation>
    </message>
    <message>
        <source>eq. (16) and the sentence after it</source>
        <translation>Gl. (16) und der Satz danach</translation>
    </message>
    <message>
        <source>Yᵢ = S(xᵢ) with x for the logits, and S(x): ℝ → [0, 1].</source>
        <translation>Yᵢ = S(xᵢ) mit x für die Logits, und S(x): ℝ → [0, 1].</translation>
    </message>
    <message>
        <source>The logits are z_i^l (the notes say so later, before eq. 24); every Yᵢ = e^{zᵢ}/Σⱼ e^{zⱼ} lies in the open interval (0, 1).</source>
        <translation>Die Logits sind z_i^l (so sagt es das Skript später, vor Gl. 24); jedes Yᵢ = e^{zᵢ}/Σⱼ e^{zⱼ} liegt im offenen Intervall (0, 1).</translation>
    </message>
    <message>
        <source>The examples write S(zᵢ); Softmax&apos;s outputs are &gt; 0 and &lt; 1 (in exact arithmetic).</source>
        <translation>Die Beispiele schreiben S(zᵢ); die Ausgaben von Softmax sind &gt; 0 und &lt; 1 (in exakter Arithmetik).</translation>
    </message>
    <message>
        <source>eqs. (19)–(28), the final layer</source>
        <translation>Gl. (19)–(28), die letzte Schicht</translation>
    </message>
    <message>
        <source>w_ij goes from input j to output i, the reverse of definition (2); eq. (25) writes Σ_p x_p w_ip + b_ip, the bias inside the sum (added n times) and indexed by the input.</source>
        <translation>w_ij führt von Eingabe j zu Ausgabe i, umgekehrt wie Definition (2); Gl. (25) schreibt Σ_p x_p w_ip + b_ip, den Bias in der Summe (n-mal addiert) und nach der Eingabe indiziert.</translation>
    </message>
    <message>
        <source>With (2)&apos;s w_ij from input i to output j: z_j = Σᵢ αᵢ w_ij + b_j and ∂z_j/∂w_ij = αᵢ.</source>
        <translation>Mit w_ij aus (2) von Eingabe i zu Ausgabe j: z_j = Σᵢ αᵢ w_ij + b_j und ∂z_j/∂w_ij = αᵢ.</translation>
    </message>
    <message>
        <source>cnnlab keeps (2) throughout: w^k is n^{k−1} × n^k (row i = input, column j = output), and ∂E/∂w_ij² = αᵢ¹ · ∂E/∂z_j² is written that way (27).</source>
        <translation>cnnlab bleibt überall bei (2): w^k ist n^{k−1} × n^k (Zeile i = Eingabe, Spalte j = Ausgabe), und ∂E/∂w_ij² = αᵢ¹ · ∂E/∂z_j² ist so geschrieben (27).</translation>
    </message>
    <message>
        <source>eqs. (24), (27), (28)</source>
        <translation>Gl. (24), (27), (28)</translation>
    </message>
    <message>
        <source>∂S(z_i)/∂z_i = S(z_i)(1 − S(z_i)) (written S(z_i)/δz_i), then Δw_ij = (Y_i − y_i)·S(z_i)(1 − S(z_i))·x_j: only the diagonal of the Jacobian J_softmax the notes draw next.</source>
        <translation>∂S(z_i)/∂z_i = S(z_i)(1 − S(z_i)) (geschrieben S(z_i)/δz_i), dann Δw_ij = (Y_i − y_i)·S(z_i)(1 − S(z_i))·x_j: nur die Diagonale der Jacobi-Matrix J_softmax, die das Skript danach zeichnet.</translation>
    </message>
    <message>
        <source>Every z_j changes every Y_i: ∂E/∂z_i = Σⱼ ∂E/∂Y_j · S_j(δ_ji − S_i) — the diagonal S_i(1 − S_i) plus the off-diagonal −S_jS_i terms. The diagonal alone is exact for a sigmoid output, not for softmax.</source>
        <translation>Jedes z_j ändert jedes Y_i: ∂E/∂z_i = Σⱼ ∂E/∂Y_j · S_j(δ_ji − S_i) — die Diagonale S_i(1 − S_i) plus die Terme −S_jS_i außerhalb. Die Diagonale allein ist exakt für eine Sigmoid-Ausgabe, nicht für Softmax.</translation>
    </message>
    <message>
        <source>Softmax::backward uses the full Jacobian. mlp-backward shows the notes&apos; diagonal value, the full one and their difference; the Concepts page draws J.</source>
        <translation>Softmax::backward nutzt die ganze Jacobi-Matrix. mlp-backward zeigt den Diagonalwert des Skripts, den vollen und ihre Differenz; die Seite „Konzepte“ zeichnet J.</translation>
    </message>
    <message>
        <source>eq. (36), softmax with temperature</source>
        <translation>Gl. (36), Softmax mit Temperatur</translation>
    </message>
    <message>
        <source>Yᵢ = e^{xᵢ/t}/Σⱼ e^{xⱼ/t}, with no word on the derivative.</source>
        <translation>Yᵢ = e^{xᵢ/t}/Σⱼ e^{xⱼ/t}, ohne ein Wort zur Ableitung.</translation>
    </message>
    <message>
        <source>Every entry of the Jacobian gains a factor 1/T: J_ij = S_i(δ_ij − S_j)/T.</source>
        <translation>Jeder Eintrag der Jacobi-Matrix bekommt einen Faktor 1/T: J_ij = S_i(δ_ij − S_j)/T.</translation>
    </message>
    <message>
        <source>Softmax::backward divides by T; the examples write the /T.</source>
        <translation>Softmax::backward teilt durch T; die Beispiele schreiben das /T.</translation>
    </message>
    <message>
        <source>eq. (41)</source>
        <translation>Gl. (41)</translation>
    </message>
    <message>
        <source>−1/(1 + e^{−z})² − e^{−z}: a minus where a product belongs.</source>
        <translation>−1/(1 + e^{−z})² − e^{−z}: ein Minus, wo ein Produkt hingehört.</translation>
    </message>
    <message>
        <source>(−1/(1 + e^{−z})²) · (−e^{−z}) = e^{−z}/(1 + e^{−z})², which is eq. (42); the result σ(z)(1 − σ(z)) (45) is right.</source>
        <translation>(−1/(1 + e^{−z})²) · (−e^{−z}) = e^{−z}/(1 + e^{−z})², das ist Gl. (42); das Ergebnis σ(z)(1 − σ(z)) (45) stimmt.</translation>
    </message>
    <message>
        <source>Sigmoid&apos;s backward uses σ(z)(1 − σ(z)) (45).</source>
        <translation>Das backward von Sigmoid nutzt σ(z)(1 − σ(z)) (45).</translation>
    </message>
    <message>
        <source>eqs. (46)–(53), the hidden layer</source>
        <translation>Gl. (46)–(53), die verdeckte Schicht</translation>
    </message>
    <message>
        <source>∂E_i/∂w_jp¹ follows one output i: (Y_i − y_i)·S(z_i²)(1 − S(z_i²))·w_ij²·σ(z_j¹)(1 − σ(z_j¹))·x_p, and eqs. (47), (51) write δa_j (a is the learning rate) for α_j.</source>
        <translation>∂E_i/∂w_jp¹ folgt einer Ausgabe i: (Y_i − y_i)·S(z_i²)(1 − S(z_i²))·w_ij²·σ(z_j¹)(1 − σ(z_j¹))·x_p, und Gl. (47), (51) schreiben δa_j (a ist die Lernrate) für α_j.</translation>
    </message>
    <message>
        <source>E_tot (18) sums over every output, and a hidden unit feeds all of them: ∂E/∂w_pj¹ = x_p · σ′(z_j¹) · Σᵢ w_ji² ∂E/∂z_i², with the full-Jacobian ∂E/∂z_i² for a softmax.</source>
        <translation>E_tot (18) summiert über alle Ausgaben, und ein verdecktes Neuron speist sie alle: ∂E/∂w_pj¹ = x_p · σ′(z_j¹) · Σᵢ w_ji² ∂E/∂z_i², mit dem ∂E/∂z_i² der ganzen Jacobi-Matrix bei Softmax.</translation>
    </message>
    <message>
        <source>mlp-backward writes ∂E/∂α_j¹ = Σᵢ w_ji² · ∂E/∂z_i² (46–47, summed over every output), as Dense&apos;s backward computes it.</source>
        <translation>mlp-backward schreibt ∂E/∂α_j¹ = Σᵢ w_ji² · ∂E/∂z_i² (46–47, summiert über alle Ausgaben), wie das backward von Dense es berechnet.</translation>
    </message>
    <message>
        <source>§0.3.2.3, the note under (32)</source>
        <translation>§0.3.2.3, die Anmerkung unter (32)</translation>
    </message>
    <message>
        <source>For g(z) = ∂/∂zᵢ Σⱼ e^{zⱼ}: (j = i) ⟺ g(z) = 1, so (33) ∂ln S(zᵢ)/∂zᵢ = 1 − S(zᵢ).</source>
        <translation>Für g(z) = ∂/∂zᵢ Σⱼ e^{zⱼ}: (j = i) ⟺ g(z) = 1, also (33) ∂ln S(zᵢ)/∂zᵢ = 1 − S(zᵢ).</translation>
    </message>
    <message>
        <source>∂/∂zᵢ Σⱼ e^{zⱼ} = e^{zᵢ}, not 1: then (32) = 1 − e^{zᵢ}/Σⱼ e^{zⱼ} = 1 − S(zᵢ), which is (33). Taken as 1, (32) would give 1 − 1/Σⱼ e^{zⱼ}: 0.911 for z = (2, 1, 0.1) instead of 1 − S₁ = 0.341.</source>
        <translation>∂/∂zᵢ Σⱼ e^{zⱼ} = e^{zᵢ}, nicht 1: dann ist (32) = 1 − e^{zᵢ}/Σⱼ e^{zⱼ} = 1 − S(zᵢ), also (33). Mit 1 ergäbe (32) 1 − 1/Σⱼ e^{zⱼ}: 0.911 für z = (2, 1, 0.1) statt 1 − S₁ = 0.341.</translation>
    </message>
    <message>
        <source>The softmax-jacobian example and the Concepts page compute Jᵢᵢ = S(zᵢ)(1 − S(zᵢ)) from the engine&apos;s softmax; (33) itself is right.</source>
        <translation>Das Beispiel softmax-jacobian und die Seite „Konzepte“ berechnen Jᵢᵢ = S(zᵢ)(1 − S(zᵢ)) aus der Softmax der Engine; (33) selbst stimmt.</translation>
    </message>
    <message>
        <source>§0.3.2.2, the note between (25) and (26)</source>
        <translation>§0.3.2.2, die Anmerkung zwischen (25) und (26)</translation>
    </message>
    <message>
        <source>(p = j) ⟺ f(z) = xⱼ and (j ≠ i ⟺ f(z) = 0).</source>
        <translation>(p = j) ⟺ f(z) = xⱼ und (j ≠ i ⟺ f(z) = 0).</translation>
    </message>
    <message>
        <source>The sum runs over p: the term p = j gives xⱼ and every p ≠ j gives 0. (Σ_p over n^{i−1} inputs, with the bias outside the sum: zᵢ = Σ_p x_p w_{ip} + bᵢ.)</source>
        <translation>Die Summe läuft über p: Der Term p = j ergibt xⱼ und jedes p ≠ j ergibt 0. (Σ_p über n^{i−1} Eingaben, mit dem Bias außerhalb der Summe: zᵢ = Σ_p x_p w_{ip} + bᵢ.)</translation>
    </message>
    <message>
        <source>The mlp-backward example writes ∂zᵢ/∂wᵢⱼ = xⱼ, and Dense&apos;s backward gives exactly that.</source>
        <translation>Das Beispiel mlp-backward schreibt ∂zᵢ/∂wᵢⱼ = xⱼ, und das backward von Dense ergibt genau das.</translation>
    </message>
    <message>
        <source>§0.3.2.1 Error Function, on epochs</source>
        <translation>§0.3.2.1 Error Function, zu Epochen</translation>
    </message>
    <message>
        <source>Every epoch increases accuracy for regular gradient descent; SGD&apos;s accuracy plateaus.</source>
        <translation>Jede Epoche erhöht die Genauigkeit beim normalen Gradientenabstieg; die Genauigkeit von SGD stagniert.</translation>
    </message>
    <message>
        <source>Not in general: a step that is too large makes plain gradient descent diverge. On E = w²/2 with learning rate 2.5, w ← w − 2.5w = −1.5w, so from w = 1 the loss grows 0.5, 1.125, 2.53, 5.70, … every epoch. Below 2 it shrinks every epoch.</source>
        <translation>Nicht allgemein: Ein zu großer Schritt lässt den einfachen Gradientenabstieg divergieren. Bei E = w²/2 mit Lernrate 2.5 ist w ← w − 2.5w = −1.5w, also wächst der Verlust ab w = 1 mit jeder Epoche: 0.5, 1.125, 2.53, 5.70, … Unter 2 schrumpft er mit jeder Epoche.</translation>
    </message>
    <message>
        <source>The Compare tab&apos;s learning-rate experiment and the health check&apos;s update-ratio warning show runs that get worse; the trainer stops a diverged run and says so.</source>
        <translation>Das Lernraten-Experiment im Tab „Vergleich“ und die Warnung zum Änderungsverhältnis in der Zustandsprüfung zeigen Läufe, die schlechter werden; der Trainer stoppt einen divergierten Lauf und sagt es.</translation>
    </message>
    <message>
        <source>(11) and (27); §0.3.2.5</source>
        <translation>(11) und (27); §0.3.2.5</translation>
    </message>
    <message>
        <source>(11) Δw = change to weights; (27) Δw_ij = δE_i/δw_ij, the gradient; the update rule is never written.</source>
        <translation>(11) Δw = „change to weights“ (Änderung der Gewichte); (27) Δw_ij = δE_i/δw_ij, der Gradient; die Update-Regel steht nirgends.</translation>
    </message>
    <message>
        <source>A gradient and a change differ by −a: with Δw = ∂E/∂w as (27) defines it, the SGD step is w ← w − a·Δw (the notes&apos; code: self.weights -= learning_rate * weights_gradient).</source>
        <translation>Ein Gradient und eine Änderung unterscheiden sich um −a: Mit Δw = ∂E/∂w, wie (27) es definiert, ist der SGD-Schritt w ← w − a·Δw (der Code des Skripts: self.weights -= learning_rate * weights_gradient).</translation>
    </message>
    <message>
        <source>cnnlab takes (27)&apos;s meaning: Δw is ∂E/∂w everywhere, and the change is written −a·Δw (exercise level 7, the Compare tab&apos;s ‖a·Δw‖ step), and mlp-backward&apos;s update stages write w ← w − a·∂E/∂w.</source>
        <translation>cnnlab nimmt die Bedeutung aus (27): Δw ist überall ∂E/∂w, und die Änderung wird −a·Δw geschrieben (Übung Stufe 7, der Schritt ‖a·Δw‖ im Tab „Vergleich“), und die Update-Stufen von mlp-backward schreiben w ← w − a·∂E/∂w.</translation>
    </message>
    <message>
        <source>§0.3.1.2, the note under (14)</source>
        <translation>§0.3.1.2, die Anmerkung unter (14)</translation>
    </message>
    <message>
        <source>Note we need not derive zs for k ≥ l (l = the number of hidden layers, (7)).</source>
        <translation>„Note we need not derive zs for k ≥ l“: die z für k ≥ l seien nicht herzuleiten (l = Anzahl der verdeckten Schichten, (7)).</translation>
    </message>
    <message>
        <source>With l hidden layers the layers are k = 1 … l + 1, and the output Y = S(z^{l+1}) needs z^{l+1}: every layer&apos;s z is derived. (l also names a layer index elsewhere, e.g. ∂S/∂z_i^l.)</source>
        <translation>Mit l verdeckten Schichten sind die Schichten k = 1 … l + 1, und die Ausgabe Y = S(z^{l+1}) braucht z^{l+1}: Das z jeder Schicht wird hergeleitet. (l heißt anderswo auch ein Schichtindex, z. B. ∂S/∂z_i^l.)</translation>
    </message>
    <message>
        <source>mlp-forward derives z¹ and z² for its one hidden layer (l = 1), and Y from z².</source>
        <translation>mlp-forward leitet z¹ und z² für seine eine verdeckte Schicht her (l = 1), und Y aus z².</translation>
    </message>
    <message>
        <source>Conv layer forward: yᵢ = Bᵢ + Σⱼ xⱼ ★ Kᵢⱼ</source>
        <translation>Faltungsschicht vorwärts: yᵢ = Bᵢ + Σⱼ xⱼ ★ Kᵢⱼ</translation>
    </message>
    <message>
        <source>3 input channels (3×3) and 2 kernels (each 3 × 2×2), one bias matrix per output: correlate each channel with its kernel slice, add the three results, add the bias.</source>
        <translation>3 Eingabekanäle (3×3) und 2 Kernel (je 3 × 2×2), eine Bias-Matrix pro Ausgabe: Korreliere jeden Kanal mit seiner Kernel-Scheibe, addiere die drei Ergebnisse, addiere den Bias.</translation>
    </message>
    <message>
        <source>Conv layer backward: ∂E/∂K, ∂E/∂B, ∂E/∂X</source>
        <translation>Faltungsschicht rückwärts: ∂E/∂K, ∂E/∂B, ∂E/∂X</translation>
    </message>
    <message>
        <source>Y = B + X ★ K with X 3×3 and K 2×2; given ∂E/∂Y (2×2) from the next layer.</source>
        <translation>Y = B + X ★ K mit X 3×3 und K 2×2; gegeben ∂E/∂Y (2×2) aus der nächsten Schicht.</translation>
    </message>
    <message>
        <source>2×2 max pooling: forward and backward</source>
        <translation>2×2-Max-Pooling: vorwärts und rückwärts</translation>
    </message>
    <message>
        <source>Forward keeps each window&apos;s largest value (its argmax is remembered); backward sends each output gradient to that argmax only, the other cells of the window get 0.</source>
        <translation>Vorwärts behält den größten Wert jedes Fensters (sein argmax wird gemerkt); rückwärts geht jeder Ausgabegradient nur an dieses argmax, die anderen Zellen des Fensters erhalten 0.</translation>
    </message>
    <message>
        <source>∂E/∂X: each ∂E/∂y goes to its window&apos;s argmax</source>
        <translation>∂E/∂X: jedes ∂E/∂y geht an das argmax seines Fensters</translation>
    </message>
    <message>
        <source>route</source>
        <translation>leiten</translation>
    </message>
    <message>
        <source>%1   (the other 3 cells of the window: 0)</source>
        <translation>%1   (die anderen 3 Zellen des Fensters: 0)</translation>
    </message>
    <message>
        <source>Full convolution: I * K = I ★ rot180(K)</source>
        <translation>Faltung (full): I * K = I ★ rot180(K)</translation>
    </message>
    <message>
        <source>Valid convolution: I * K = I ★ rot180(K)</source>
        <translation>Faltung (valid): I * K = I ★ rot180(K)</translation>
    </message>
    <message>
        <source>Full cross-correlation: I ★ K</source>
        <translation>Kreuzkorrelation (full): I ★ K</translation>
    </message>
    <message>
        <source>Your own matrices.</source>
        <translation>Deine eigenen Matrizen.</translation>
    </message>
    <message>
        <source> Channel %1 (%2) of %3: the layer adds the other channels&apos; sums to this one.</source>
        <translation> Kanal %1 (%2) von %3: Die Schicht addiert die Summen der anderen Kanäle hierzu.</translation>
    </message>
    <message>
        <source> Channel %1 of %2: the layer adds the other channels&apos; sums to this one.</source>
        <translation> Kanal %1 von %2: Die Schicht addiert die Summen der anderen Kanäle hierzu.</translation>
    </message>
    <message>
        <source>From the network: x ★ %1 (layer %2, %3)</source>
        <translation>Aus dem Netz: x ★ %1 (Schicht %2, %3)</translation>
    </message>
    <message>
        <source>Kernel %1 of the first convolutional layer, as trained, on the %2×%3 patch at row %4, column %5 of a test image (pixels in [0, 1]); the layer then adds its bias.%6</source>
        <translation>Kernel %1 der ersten Faltungsschicht, wie trainiert, auf dem %2×%3-Ausschnitt bei Zeile %4, Spalte %5 eines Testbilds (Pixel in [0, 1]); danach addiert die Schicht ihren Bias.%6</translation>
    </message>
    <message>
        <source>x (patch)</source>
        <translation>x (Ausschnitt)</translation>
    </message>
    <message>
        <source>%1 Model: %2.</source>
        <translation>%1 Modell: %2.</translation>
    </message>
    <message>
        <source>mlp-from-network needs a network of dense layers (the mlp preset)</source>
        <translation>mlp-from-network braucht ein Netz aus Dense-Schichten (die mlp-Vorlage)</translation>
    </message>
    <message>
        <source>mlp-from-network needs Dense → activation → Dense → softmax/sigmoid (the mlp preset)</source>
        <translation>mlp-from-network braucht Dense → Aktivierung → Dense → softmax/sigmoid (die mlp-Vorlage)</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 Prozentpunkte</translation>
    </message>
    <message>
        <source>, falling in %1</source>
        <translation>, fiel in %1</translation>
    </message>
    <message>
        <source>, never falling</source>
        <translation>, fiel nie</translation>
    </message>
    <message>
        <source>the numbers support the claim</source>
        <translation>die Zahlen stützen die Behauptung</translation>
    </message>
    <message>
        <source>SGD plateaus, but GD&apos;s accuracy did not rise every epoch, so the numbers support the claim only in part</source>
        <translation>SGD stagniert, aber die Genauigkeit von GD stieg nicht in jeder Epoche, also stützen die Zahlen die Behauptung nur zum Teil</translation>
    </message>
    <message>
        <source>SGD was still climbing, so on this data the numbers do not show its plateau</source>
        <translation>SGD stieg noch, also zeigen die Zahlen auf diesen Daten sein Plateau nicht</translation>
    </message>
    <message>
        <source>GD&apos;s accuracy fell in some epochs, so the numbers do not support &quot;every epoch increases accuracy&quot;</source>
        <translation>die Genauigkeit von GD fiel in manchen Epochen, also stützen die Zahlen „jede Epoche erhöht die Genauigkeit“ nicht</translation>
    </message>
    <message>
        <source> (and SGD&apos;s plateau lies above where GD got in as many epochs)</source>
        <translation> (und das Plateau von SGD liegt über dem, was GD in ebenso vielen Epochen erreichte)</translation>
    </message>
    <message>
        <source>Full-batch GD&apos;s test accuracy rose in %1 of %2 epochs (%3 → %4)%5; per-sample SGD gained %6 in the first half and %7 in the second (ending at %8): %9%10.</source>
        <translation>Die Testgenauigkeit von Full-Batch-GD stieg in %1 von %2 Epochen (%3 → %4)%5; SGD pro Beispiel gewann %6 in der ersten Hälfte und %7 in der zweiten (am Ende %8): %9%10.</translation>
    </message>
    <message>
        <source>the step was much greater, but learning was not faster on this data, so the numbers support the claim only in part</source>
        <translation>der Schritt war viel größer, aber das Lernen war auf diesen Daten nicht schneller, also stützen die Zahlen die Behauptung nur zum Teil</translation>
    </message>
    <message>
        <source>ReLU learned faster, but its step was not much greater, so the numbers support the claim only in part</source>
        <translation>ReLU lernte schneller, aber sein Schritt war nicht viel größer, also stützen die Zahlen die Behauptung nur zum Teil</translation>
    </message>
    <message>
        <source>the numbers do not support the claim on this data</source>
        <translation>auf diesen Daten stützen die Zahlen die Behauptung nicht</translation>
    </message>
    <message>
        <source> (after %1 epochs ReLU stood at %2, sigmoid at %3)</source>
        <translation> (nach %1 Epochen stand ReLU bei %2, Sigmoid bei %3)</translation>
    </message>
    <message>
        <source>ReLU&apos;s first-layer step ‖a·Δw‖ was %1× sigmoid&apos;s at the start (%2× on average over the epochs), and after one epoch ReLU reached %3 against %4: %5%6.</source>
        <translation>Der Schritt ‖a·Δw‖ der ersten Schicht war bei ReLU zu Beginn %1× so groß wie bei Sigmoid (%2× im Mittel über die Epochen), und nach einer Epoche erreichte ReLU %3 gegen %4: %5%6.</translation>
    </message>
    <message>
        <source>the smaller the temperature, the larger the share of the greatest z_i, so the numbers support the claim</source>
        <translation>je kleiner die Temperatur, desto größer der Anteil des größten z_i, also stützen die Zahlen die Behauptung</translation>
    </message>
    <message>
        <source>at equal weights a smaller temperature favoured the greatest z_i, as claimed, but training evened it out</source>
        <translation>bei gleichen Gewichten begünstigte eine kleinere Temperatur das größte z_i, wie behauptet, aber das Training glich es aus</translation>
    </message>
    <message>
        <source>the numbers do not support the claim</source>
        <translation>die Zahlen stützen die Behauptung nicht</translation>
    </message>
    <message>
        <source>With the same initial weights the largest output Y_i took on average %1 of the probability, after training %2: %3.</source>
        <translation>Mit denselben Anfangsgewichten erhielt die größte Ausgabe Y_i im Mittel %1 der Wahrscheinlichkeit, nach dem Training %2: %3.</translation>
    </message>
    <message>
        <source>the rate changed it by %1, and the largest rate ended %2 below the best (%3), so the numbers support the claim</source>
        <translation>die Lernrate änderte sie um %1, und die größte Lernrate endete %2 unter der besten (%3), also stützen die Zahlen die Behauptung</translation>
    </message>
    <message>
        <source>the rate changed it by %1, but the largest rate did not lose accuracy here</source>
        <translation>die Lernrate änderte sie um %1, aber die größte Lernrate verlor hier keine Genauigkeit</translation>
    </message>
    <message>
        <source>the rate hardly changed it (%1), so the numbers do not support the claim on this data</source>
        <translation>die Lernrate änderte sie kaum (%1), also stützen die Zahlen die Behauptung auf diesen Daten nicht</translation>
    </message>
    <message>
        <source>Final test accuracy was %1: %2.</source>
        <translation>Die Testgenauigkeit am Ende war %1: %2.</translation>
    </message>
    <message>
        <source>the scaled init learned faster</source>
        <translation>die skalierte Initialisierung lernte schneller</translation>
    </message>
    <message>
        <source>the scaled init learned better</source>
        <translation>die skalierte Initialisierung lernte besser</translation>
    </message>
    <message>
        <source>the notes&apos; init did better here, despite its saturation</source>
        <translation>die Initialisierung des Skripts schnitt hier besser ab, trotz ihrer Sättigung</translation>
    </message>
    <message>
        <source>both learned alike on this data: the saturation did not stop the notes&apos; network here</source>
        <translation>beide lernten auf diesen Daten gleich gut: Die Sättigung hielt das Netz des Skripts hier nicht auf</translation>
    </message>
    <message>
        <source>The notes&apos; init left %1 of the most saturated hidden layer&apos;s sigmoid outputs saturated at the start, the scaled init %2; after one epoch test accuracy was %3 against %4, at the end %5 against %6: %7.</source>
        <translation>Die Initialisierung des Skripts ließ zu Beginn %1 der Sigmoid-Ausgaben der am stärksten gesättigten verdeckten Schicht gesättigt, die skalierte Initialisierung %2; nach einer Epoche war die Testgenauigkeit %3 gegen %4, am Ende %5 gegen %6: %7.</translation>
    </message>
    <message>
        <source>Gradient descent vs SGD</source>
        <translation>Gradientenabstieg vs. SGD</translation>
    </message>
    <message>
        <source>Every epoch increases accuracy for regular gradient decent, however, Stochastic Gradient Decent&apos;s accuracy plateaus over time.</source>
        <translation>Jede Epoche erhöht die Genauigkeit beim normalen Gradientenabstieg, die Genauigkeit des stochastischen Gradientenabstiegs stagniert jedoch mit der Zeit.</translation>
    </message>
    <message>
        <source>second notes, §0.3.2.1</source>
        <translation>zweites Skript, §0.3.2.1</translation>
    </message>
    <message>
        <source>batch size: 1 (per-sample SGD), 32 (mini-batch), every image (full-batch GD)</source>
        <translation>der Batchgröße: 1 (SGD pro Beispiel), 32 (Mini-Batch), jedes Bild (Full-Batch-GD)</translation>
    </message>
    <message>
        <source>per-sample SGD (batch 1)</source>
        <translation>SGD pro Beispiel (Batch 1)</translation>
    </message>
    <message>
        <source>mini-batch (batch 32)</source>
        <translation>Mini-Batch (Batch 32)</translation>
    </message>
    <message>
        <source>full-batch GD (batch 500)</source>
        <translation>Full-Batch-GD (Batch 500)</translation>
    </message>
    <message>
        <source>ReLU vs sigmoid</source>
        <translation>ReLU vs. Sigmoid</translation>
    </message>
    <message>
        <source>[ReLU&apos;s derivative] often yields a much greater Δw ∧ Δb allowing for a much faster back propagation process.</source>
        <translation>[Die Ableitung von ReLU] liefert oft ein viel größeres Δw ∧ Δb und ermöglicht so eine viel schnellere Backpropagation.</translation>
    </message>
    <message>
        <source>second notes, §0.3.2.4</source>
        <translation>zweites Skript, §0.3.2.4</translation>
    </message>
    <message>
        <source>the hidden layer&apos;s activation</source>
        <translation>der Aktivierung der verdeckten Schicht</translation>
    </message>
    <message>
        <source>Softmax temperature</source>
        <translation>Softmax-Temperatur</translation>
    </message>
    <message>
        <source>A smaller temperature favors greater z_i and vice-versa.</source>
        <translation>Eine kleinere Temperatur begünstigt größere z_i und umgekehrt.</translation>
    </message>
    <message>
        <source>second notes, eq. 36</source>
        <translation>zweites Skript, Gl. 36</translation>
    </message>
    <message>
        <source>the softmax temperature T</source>
        <translation>der Softmax-Temperatur T</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>The learning rate a has an impact but can cause for less overall accuracy.</source>
        <translation>Die Lernrate a hat einen Einfluss, kann aber insgesamt zu geringerer Genauigkeit führen.</translation>
    </message>
    <message>
        <source>second notes, §0.3.2.5</source>
        <translation>zweites Skript, §0.3.2.5</translation>
    </message>
    <message>
        <source>the learning rate η</source>
        <translation>der Lernrate η</translation>
    </message>
    <message>
        <source>The notes&apos; init vs a scaled init</source>
        <translation>Die Initialisierung des Skripts vs. eine skalierte Initialisierung</translation>
    </message>
    <message>
        <source>The notes&apos; np.random.randn init (N(0, 1), whatever the fan-in) saturates the seed network&apos;s sigmoids; an init scaled by the fan-in does not.</source>
        <translation>Die Initialisierung des Skripts mit np.random.randn (N(0, 1), wie groß der Fan-in auch ist) sättigt die Sigmoids des seed-Netzes; eine nach dem Fan-in skalierte Initialisierung tut das nicht.</translation>
    </message>
    <message>
        <source>first notes&apos; code (Dense, Convolutional), and issue #12</source>
        <translation>Code des ersten Skripts (Dense, Convolutional) und Issue #12</translation>
    </message>
    <message>
        <source>&quot;init&quot;: normal (the notes) or uniform_fan_in (U(±1/√fan_in), PyTorch&apos;s default)</source>
        <translation>&quot;init&quot;: normal (das Skript) oder uniform_fan_in (U(±1/√fan_in), Standard von PyTorch)</translation>
    </message>
    <message>
        <source>notes&apos; init N(0, 1)</source>
        <translation>Initialisierung des Skripts N(0, 1)</translation>
    </message>
    <message>
        <source>scaled init U(±1/√fan_in)</source>
        <translation>skalierte Initialisierung U(±1/√fan_in)</translation>
    </message>
    <message>
        <source>the network spec must be a JSON object</source>
        <translation>die Netzbeschreibung muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>missing &quot;input&quot;: {&quot;depth&quot;: …, &quot;height&quot;: …, &quot;width&quot;: …}</source>
        <translation>&quot;input&quot; fehlt: {&quot;depth&quot;: …, &quot;height&quot;: …, &quot;width&quot;: …}</translation>
    </message>
    <message>
        <source>missing &quot;layers&quot;: an array of layer objects</source>
        <translation>&quot;layers&quot; fehlt: ein Array von Schicht-Objekten</translation>
    </message>
    <message>
        <source>&quot;layers&quot; is empty: a network needs at least one layer</source>
        <translation>&quot;layers&quot; ist leer: Ein Netz braucht mindestens eine Schicht</translation>
    </message>
    <message>
        <source>the notes&apos; CNN: MNIST 0 vs 1, per-sample SGD</source>
        <translation>das CNN des Skripts: MNIST 0 vs. 1, SGD pro Beispiel</translation>
    </message>
    <message>
        <source>the second notes&apos; MLP: 784-100-10, softmax, MSE, all ten digits</source>
        <translation>das MLP des zweiten Skripts: 784-100-10, Softmax, MSE, alle zehn Ziffern</translation>
    </message>
    <message>
        <source>LeNet-5 on all ten digits, SGD with momentum, batch 32</source>
        <translation>LeNet-5 auf allen zehn Ziffern, SGD mit Momentum, Batch 32</translation>
    </message>
    <message>
        <source>the input matrix is empty</source>
        <translation>die Eingabematrix ist leer</translation>
    </message>
    <message>
        <source>the kernel is empty</source>
        <translation>der Kernel ist leer</translation>
    </message>
    <message>
        <source>the stride must be at least 1</source>
        <translation>die Schrittweite muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>padding applies to valid mode only (full mode pads by k − 1)</source>
        <translation>Padding gilt nur im Modus valid (der Modus full füllt um k − 1 auf)</translation>
    </message>
    <message>
        <source>the network has no convolutional layer</source>
        <translation>das Netz hat keine Faltungsschicht</translation>
    </message>
    <message>
        <source>★ cross-correlation: slide the kernel over the input, multiply the cells it covers and add the products</source>
        <translation>★ Kreuzkorrelation: den Kernel über die Eingabe schieben, die überdeckten Zellen multiplizieren und die Produkte addieren</translation>
    </message>
    <message>
        <source>* convolution: cross-correlation with the kernel rotated by 180°</source>
        <translation>* Faltung: Kreuzkorrelation mit dem um 180° gedrehten Kernel</translation>
    </message>
    <message>
        <source>full-★ full cross-correlation: the kernel also slides over a border of zeros, so every overlap counts</source>
        <translation>full-★ volle Kreuzkorrelation: der Kernel gleitet auch über einen Rand aus Nullen, jede Überlappung zählt</translation>
    </message>
    <message>
        <source>full-* full convolution: the kernel rotated by 180° slides over a border of zeros too</source>
        <translation>full-* volle Faltung: der um 180° gedrehte Kernel gleitet auch über einen Rand aus Nullen</translation>
    </message>
    <message>
        <source>full-★ rot180: a full cross-correlation with the kernel rotated by 180°, which is how ∂E/∂Y reaches ∂E/∂X</source>
        <translation>full-★ rot180: eine volle Kreuzkorrelation mit dem um 180° gedrehten Kernel; so gelangt ∂E/∂Y zu ∂E/∂X</translation>
    </message>
    <message>
        <source>+ sum: the partial results added cell by cell</source>
        <translation>+ Summe: die Teilergebnisse Zelle für Zelle addiert</translation>
    </message>
    <message>
        <source>= copy: each result cell is the cell itself</source>
        <translation>= Kopie: jede Ergebniszelle ist die Zelle selbst</translation>
    </message>
    <message>
        <source>· weighted sum: each result adds its inputs times their weights</source>
        <translation>· gewichtete Summe: jedes Ergebnis addiert seine Eingaben mal ihre Gewichte</translation>
    </message>
    <message>
        <source>⊗ outer product: every entry of one vector times every entry of the other</source>
        <translation>⊗ äußeres Produkt: jeder Eintrag des einen Vektors mal jeder Eintrag des anderen</translation>
    </message>
    <message>
        <source>⊙ element-wise product: cell times cell</source>
        <translation>⊙ elementweises Produkt: Zelle mal Zelle</translation>
    </message>
    <message>
        <source>vs: the output compared with the target by the loss</source>
        <translation>vs.: die Ausgabe, vom Verlust mit dem Ziel verglichen</translation>
    </message>
    <message>
        <source>− a· gradient descent step: the value minus the learning rate a times its gradient</source>
        <translation>− a· Gradientenabstiegsschritt: der Wert minus Lernrate a mal sein Gradient</translation>
    </message>
    <message>
        <source>route: each output gradient goes back to the cell its window&apos;s maximum came from; the others get 0</source>
        <translation>leiten: jeder Ausgabegradient geht an die Zelle zurück, von der das Maximum seines Fensters kam; die anderen erhalten 0</translation>
    </message>
    <message>
        <source>max: each window&apos;s largest value</source>
        <translation>max: der größte Wert jedes Fensters</translation>
    </message>
    <message>
        <source>σ sigmoid: 1 / (1 + e^−z) on each cell</source>
        <translation>σ Sigmoid: 1 / (1 + e^−z) auf jeder Zelle</translation>
    </message>
    <message>
        <source>R ReLU: max(0, z) on each cell</source>
        <translation>R ReLU: max(0, z) auf jeder Zelle</translation>
    </message>
    <message>
        <source>tanh: the hyperbolic tangent of each cell</source>
        <translation>tanh: der Tangens hyperbolicus jeder Zelle</translation>
    </message>
    <message>
        <source>S softmax: e^(zᵢ/T) over the sum of all e^(zⱼ/T)</source>
        <translation>S Softmax: e^(zᵢ/T) geteilt durch die Summe aller e^(zⱼ/T)</translation>
    </message>
    <message>
        <source>→ computed from the left operand, cell by cell as the formula says</source>
        <translation>→ aus dem linken Operanden berechnet, Zelle für Zelle, wie die Formel sagt</translation>
    </message>
    <message>
        <source>the operation this stage&apos;s formula writes out</source>
        <translation>die Operation, die die Formel dieser Stufe ausschreibt</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>cnnlab — classroom</source>
        <translation>cnnlab — Klassenzimmer</translation>
    </message>
    <message>
        <source>cnnlab</source>
        <extracomment>the program&apos;s name</extracomment>
        <translation>cnnlab</translation>
    </message>
    <message>
        <source>classroom</source>
        <translation>Klassenzimmer</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Step through</source>
        <translation>Schritt für Schritt</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Üben</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Zeichnen</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>Verbindung wird aufgebaut…</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Deine Antwort</translation>
    </message>
    <message>
        <source>Nickname (optional)</source>
        <translation>Spitzname (optional)</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>(running, per step)</source>
        <translation>(gleitend, pro Schritt)</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>per epoch</source>
        <translation>pro Epoche</translation>
    </message>
    <message>
        <source>training</source>
        <extracomment>the training data (a curve&apos;s key)</extracomment>
        <translation>Training</translation>
    </message>
    <message>
        <source>test</source>
        <extracomment>the test data (a curve&apos;s key)</extracomment>
        <translation>Test</translation>
    </message>
    <message>
        <source>Kernels</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Kernels appear once the network trains.</source>
        <translation>Die Kernel erscheinen, sobald das Netz trainiert.</translation>
    </message>
    <message>
        <source>(rows: true, columns: predicted)</source>
        <translation>(Zeilen: tatsächlich, Spalten: vorhergesagt)</translation>
    </message>
    <message>
        <source>After the first epoch.</source>
        <translation>Nach der ersten Epoche.</translation>
    </message>
    <message>
        <source>A test image</source>
        <translation>Ein Testbild</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Step ▶</source>
        <translation>Schritt ▶</translation>
    </message>
    <message>
        <source>Your own numbers</source>
        <translation>Deine eigenen Zahlen</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>correlate ★</source>
        <translation>korrelieren ★</translation>
    </message>
    <message>
        <source>convolve *</source>
        <translation>falten *</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>valid</source>
        <extracomment>the notes&apos; name of the mode: kept in every language</extracomment>
        <translation>valid</translation>
    </message>
    <message>
        <source>full</source>
        <extracomment>the notes&apos; name of the mode: kept in every language</extracomment>
        <translation>full</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>Padding</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>Schrittweite</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>1 · correlate 3×3 with 2×2</source>
        <translation>1 · 3×3 mit 2×2 korrelieren</translation>
    </message>
    <message>
        <source>2 · a 3×3 kernel on 5×5</source>
        <translation>2 · ein 3×3-Kernel auf 5×5</translation>
    </message>
    <message>
        <source>3 · full mode</source>
        <translation>3 · Modus full</translation>
    </message>
    <message>
        <source>4 · convolution</source>
        <translation>4 · Faltung</translation>
    </message>
    <message>
        <source>5 · stride and padding</source>
        <translation>5 · Schrittweite und Padding</translation>
    </message>
    <message>
        <source>6 · a conv layer&apos;s gradients</source>
        <translation>6 · die Gradienten einer Faltungsschicht</translation>
    </message>
    <message>
        <source>7 · the MLP&apos;s step −a·Δw²</source>
        <translation>7 · der Schritt des MLP −a·Δw²</translation>
    </message>
    <message>
        <source>New exercise</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>I meant</source>
        <translation>Ich meinte</translation>
    </message>
    <message>
        <source>(not saying)</source>
        <translation>(sage ich nicht)</translation>
    </message>
    <message>
        <source>Or a photo</source>
        <translation>Oder ein Foto</translation>
    </message>
    <message>
        <source>The network says</source>
        <extracomment>followed by the class the network sees in the drawing</extracomment>
        <translation>Das Netz sagt</translation>
    </message>
    <message>
        <source>What the network saw</source>
        <translation>Was das Netz sah</translation>
    </message>
    <message>
        <source>What it looked at</source>
        <translation>Worauf es geschaut hat</translation>
    </message>
    <message>
        <source>(dark orange: most)</source>
        <translation>(dunkelorange: am meisten)</translation>
    </message>
    <message>
        <source>Join the class</source>
        <translation>Tritt der Klasse bei</translation>
    </message>
    <message>
        <source>Scan the code with a phone&apos;s camera, or open</source>
        <extracomment>followed by the join address, then &quot;and type the code&quot; and the code</extracomment>
        <translation>Scanne den Code mit der Kamera eines Handys oder öffne</translation>
    </message>
    <message>
        <source>and type the code</source>
        <translation>und gib den Code ein</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>A test image: none yet</source>
        <translation>Ein Testbild: noch keins</translation>
    </message>
    <message>
        <source>Back (←)</source>
        <translation>Zurück (←)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Step (→)</source>
        <translation>Schritt (→)</translation>
    </message>
    <message>
        <source>Drawing area: draw a digit with a finger, a pen or the mouse; or choose a photo below</source>
        <translation>Zeichenfläche: Zeichne eine Ziffer mit dem Finger, einem Stift oder der Maus; oder wähle unten ein Foto</translation>
    </message>
    <message>
        <source>QR code of the join address</source>
        <translation>QR-Code der Beitrittsadresse</translation>
    </message>
    <message>
        <source>Letters and digits, like %1. Capitals and spaces do not matter. Or scan the QR code on the projector.</source>
        <extracomment>%1: a sample join code (k7mq3x)</extracomment>
        <translation>Buchstaben und Ziffern, etwa %1. Groß- und Kleinschreibung und Leerzeichen spielen keine Rolle. Oder scanne den QR-Code am Beamer.</translation>
    </message>
    <message>
        <source>cnnlab — join the class</source>
        <translation>cnnlab — der Klasse beitreten</translation>
    </message>
    <message>
        <source>The join code your teacher shows</source>
        <translation>Der Beitrittscode, den deine Lehrkraft zeigt</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <source>waiting</source>
        <extracomment>the run&apos;s state</extracomment>
        <translation>wartet</translation>
    </message>
    <message>
        <source>idle</source>
        <extracomment>the run&apos;s state</extracomment>
        <translation>bereit</translation>
    </message>
    <message>
        <source>running</source>
        <extracomment>the run&apos;s state</extracomment>
        <translation>läuft</translation>
    </message>
    <message>
        <source>paused</source>
        <extracomment>the run&apos;s state</extracomment>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>diverged</source>
        <extracomment>the run&apos;s state</extracomment>
        <translation>divergiert</translation>
    </message>
    <message>
        <source>finished</source>
        <extracomment>the run&apos;s state</extracomment>
        <translation>beendet</translation>
    </message>
    <message>
        <source>The run finished after %1 epochs: test accuracy %2.</source>
        <translation>Der Lauf ist nach Epoche %1 beendet: Testgenauigkeit %2.</translation>
    </message>
    <message>
        <source>The run finished after %1 epochs.</source>
        <translation>Der Lauf ist nach Epoche %1 beendet.</translation>
    </message>
    <message>
        <source>The run diverged in epoch %1.</source>
        <translation>Der Lauf ist in Epoche %1 divergiert.</translation>
    </message>
    <message>
        <source>The run diverged.</source>
        <translation>Der Lauf ist divergiert.</translation>
    </message>
    <message>
        <source>Loss chart: waiting for data</source>
        <translation>Verlustdiagramm: wartet auf Daten</translation>
    </message>
    <message>
        <source>Loss per step: from %1 at step %2 to %3 at step %4, lowest %5 at step %6</source>
        <translation>Verlust pro Schritt: von %1 bei Schritt %2 bis %3 bei Schritt %4, am niedrigsten %5 bei Schritt %6</translation>
    </message>
    <message>
        <source>epoch %1: %2 and %3</source>
        <translation>Epoche %1: %2 und %3</translation>
    </message>
    <message>
        <source>Accuracy chart: waiting for the first epoch</source>
        <translation>Genauigkeitsdiagramm: wartet auf die erste Epoche</translation>
    </message>
    <message>
        <source>Accuracy per epoch, training and test (the last %1 of %2 epochs): %3</source>
        <translation>Genauigkeit pro Epoche, Training und Test (die letzten %1 von %2 Epochen): %3</translation>
    </message>
    <message>
        <source>Accuracy per epoch, training and test: %1</source>
        <translation>Genauigkeit pro Epoche, Training und Test: %1</translation>
    </message>
    <message>
        <source>epoch %1 · step %2</source>
        <translation>Epoche %1 · Schritt %2</translation>
    </message>
    <message>
        <source>loss %1</source>
        <translation>Verlust %1</translation>
    </message>
    <message>
        <source>accuracy %1</source>
        <translation>Genauigkeit %1</translation>
    </message>
    <message>
        <source>test accuracy %1</source>
        <translation>Testgenauigkeit %1</translation>
    </message>
    <message>
        <source>%1 samples/s</source>
        <translation>%1 Beispiele/s</translation>
    </message>
    <message>
        <source>%1 (first %2)</source>
        <extracomment>%1: the server&apos;s description of the kernels shown</extracomment>
        <translation>%1 (die ersten %2)</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>Neuron %1</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Unit %1, %2 × %3: %4</source>
        <translation>Neuron %1, Größe %2 × %3: %4</translation>
    </message>
    <message>
        <source>Kernel %1, %2 × %3: %4</source>
        <translation>Kernel %1, Größe %2 × %3: %4</translation>
    </message>
    <message>
        <source>Unit %1, %2 × %3: values from %4 to %5</source>
        <translation>Neuron %1, Größe %2 × %3: Werte von %4 bis %5</translation>
    </message>
    <message>
        <source>Kernel %1, %2 × %3: values from %4 to %5</source>
        <translation>Kernel %1, Größe %2 × %3: Werte von %4 bis %5</translation>
    </message>
    <message>
        <source>true \ pred</source>
        <extracomment>the corner of the confusion matrix: rows are the true classes, columns the predicted ones</extracomment>
        <translation>wahr \ vorh.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <source>#%1: a %2</source>
        <extracomment>a test image: its number and its true class</extracomment>
        <translation>#%1: Klasse %2</translation>
    </message>
    <message>
        <source>#%1: a %2, predicted %3</source>
        <extracomment>a test image: its number, its true class and the network&apos;s answer (%3 ends in ✓ or ✗)</extracomment>
        <translation>#%1: Klasse %2, vorhergesagt %3</translation>
    </message>
    <message>
        <source>A test image, #%1: a %2</source>
        <translation>Ein Testbild, #%1: Klasse %2</translation>
    </message>
    <message>
        <source>A test image, #%1: a %2, predicted %3 (right)</source>
        <translation>Ein Testbild, #%1: Klasse %2, vorhergesagt %3 (richtig)</translation>
    </message>
    <message>
        <source>A test image, #%1: a %2, predicted %3 (wrong)</source>
        <translation>Ein Testbild, #%1: Klasse %2, vorhergesagt %3 (falsch)</translation>
    </message>
    <message>
        <source>step</source>
        <extracomment>an axis: training steps</extracomment>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>epoch</source>
        <extracomment>an axis: epochs</extracomment>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>live</source>
        <extracomment>the connection badge: the page receives the run live</extracomment>
        <translation>live</translation>
    </message>
    <message>
        <source>the teacher stopped sharing</source>
        <translation>die Lehrkraft teilt nicht mehr</translation>
    </message>
    <message>
        <source>reconnecting…</source>
        <translation>Verbindung wird neu aufgebaut…</translation>
    </message>
    <message>
        <source>waiting for data…</source>
        <translation>wartet auf Daten…</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Press Step to compute the first cell.</source>
        <translation>Drücke „Schritt“, um die erste Zelle zu berechnen.</translation>
    </message>
    <message>
        <source>Stage %1 of %2: %3</source>
        <extracomment>%3: the stage&apos;s title, from the server</extracomment>
        <translation>Stufe %1 von %2: %3</translation>
    </message>
    <message>
        <source>%1 rotated 180°</source>
        <extracomment>%1: the kernel&apos;s name (K)</extracomment>
        <translation>%1 um 180° gedreht</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Abspielen</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ Pause</translation>
    </message>
    <message>
        <source>✓ Right: %1</source>
        <translation>✓ Richtig: %1</translation>
    </message>
    <message>
        <source>Hint %1 of %2</source>
        <translation>Tipp %1 von %2</translation>
    </message>
    <message>
        <source>%1: what is %2[%3][%4]?</source>
        <extracomment>%1: the exercise (a formula such as Y = I ★ K); %2[%3][%4]: the cell asked for</extracomment>
        <translation>%1: Was ist %2[%3][%4]?</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Tipp</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>revealed</source>
        <extracomment>the quiz&apos;s answer is shown</extracomment>
        <translation>aufgedeckt</translation>
    </message>
    <message>
        <source>open</source>
        <extracomment>the quiz takes answers</extracomment>
        <translation>offen</translation>
    </message>
    <message>
        <source>closed</source>
        <extracomment>the quiz takes no more answers</extracomment>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>New quiz: %1</source>
        <translation>Neues Quiz: %1</translation>
    </message>
    <message>
        <source>The quiz&apos;s answer: %1</source>
        <translation>Die Antwort des Quiz: %1</translation>
    </message>
    <message>
        <source>Sent ✓</source>
        <translation>Gesendet ✓</translation>
    </message>
    <message>
        <source>Asking the network…</source>
        <translation>Das Netz wird gefragt…</translation>
    </message>
    <message>
        <source>There is no network yet: the teacher has not built or loaded one.</source>
        <translation>Es gibt noch kein Netz: Die Lehrkraft hat noch keins gebaut oder geladen.</translation>
    </message>
    <message>
        <source>The network is the model %1.</source>
        <translation>Das Netz ist das Modell %1.</translation>
    </message>
    <message>
        <source>The network is the teacher&apos;s, as it trains now.</source>
        <translation>Das Netz ist das der Lehrkraft, so wie es gerade trainiert.</translation>
    </message>
    <message>
        <source>Probabilities</source>
        <translation>Wahrscheinlichkeiten</translation>
    </message>
    <message>
        <source>Outputs (each a sigmoid: its own probability)</source>
        <translation>Ausgaben (jede ein Sigmoid: ihre eigene Wahrscheinlichkeit)</translation>
    </message>
    <message>
        <source>What the network saw: your image as its %1 × %2 input</source>
        <translation>Was das Netz sah: dein Bild als seine %1 × %2 große Eingabe</translation>
    </message>
    <message>
        <source>What it looked at: %1</source>
        <translation>Worauf es geschaut hat: %1</translation>
    </message>
    <message>
        <source>The network says %1 (%2 %)</source>
        <translation>Das Netz sagt %1 (%2 %)</translation>
    </message>
    <message>
        <source>The network says %1</source>
        <translation>Das Netz sagt %1</translation>
    </message>
    <message>
        <source>nowhere in particular</source>
        <translation>nirgends besonders</translation>
    </message>
    <message>
        <source>most at rows %1 to %2, columns %3 to %4 of the %5 × %6 input</source>
        <translation>am meisten in den Zeilen %1 bis %2, Spalten %3 bis %4 der %5 × %6 großen Eingabe</translation>
    </message>
</context>
</TS>
