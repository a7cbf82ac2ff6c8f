#!/usr/bin/env bash
# The evaluation table of docs/evaluation.md: each shipped text model on a split it was not trained or tuned on.
set -euo pipefail
cd "$(dirname "$0")/.."
data=${DATA:-../shared/data}
[ -d "$data" ] || data=/work/shared/data
gw=(dotnet run --project src/Graywatch.Cli -c Release --)
te=$data/tweeteval-emotion-hate/emotion
echo "== English emotion: TweetEval emotion validation split (4 classes)"
"${gw[@]}" eval-text --model emotion-en --data "$te/val_text.txt" --labels "$te/val_labels.txt" --classes 0=anger,1=joy,2=optimism,3=sadness --positive anger
echo "== English emotion, accurate mode (fine-tuned MiniLM blended with the linear model): TweetEval emotion validation split"
"${gw[@]}" eval-text --model emotion-en-accurate --data "$te/val_text.txt" --labels "$te/val_labels.txt" --classes 0=anger,1=joy,2=optimism,3=sadness --positive anger
echo "== the same, the encoder alone (--blend 0)"
"${gw[@]}" eval-text --model emotion-en-accurate --blend 0 --data "$te/val_text.txt" --labels "$te/val_labels.txt" --classes 0=anger,1=joy,2=optimism,3=sadness
echo "== English hostility: Davidson, held-out 20%"
"${gw[@]}" eval-text --model hostility-en --data "$data/hate-davidson/labeled_data.csv" --label class --text tweet --holdout 0.2 --classes 0=hate,1=offensive,2=neither
echo "== Chinese offensive: COLD dev, held-out 20%"
"${gw[@]}" eval-text --model hostility-zh --data "$data/offensive-zh-cold/dev.csv" --label label --text TEXT --holdout 0.2 --classes 0=safe,1=offensive
echo "== Chinese anger: Weibo COVID, held-out 20% (anger against the rest)"
"${gw[@]}" eval-text --model emotion-zh --data "$data/emotion-zh-weibo-covid/labeledData.csv" --label label --text review --holdout 0.2 \
  --classes 0=fear,1=disgust,2=optimism,3=surprise,4=gratitude,5=sadness,6=anger --positive anger
