#!/usr/bin/env bash
# Rebuilds the shipped text models (src/Graywatch.Core/Resources/text/models/*.gwm) from the labelled sets in
# ../shared/data (or DATA=folder), with the held-out parts that docs/evaluation.md scores left out. Then run
# scripts/eval-text-models.sh for the figures. About a minute on 2 cores, plus about 6 minutes for the accurate mode's
# encoder (tools/Graywatch.TextTuner, TorchSharp; SKIP_ENCODER=1 leaves it as it is).
set -euo pipefail
cd "$(dirname "$0")/.."
data=${DATA:-../shared/data}
[ -d "$data" ] || data=/work/shared/data
out=${OUT:-src/Graywatch.Core/Resources/text/models}
mkdir -p "$out"
gw=(dotnet run --project src/Graywatch.Cli -c Release --)
te=$data/tweeteval-emotion-hate/emotion
"${gw[@]}" train-text --data "$te/train_text.txt" --labels "$te/train_labels.txt" --classes 0=anger,1=joy,2=optimism,3=sadness \
  --meta "source=TweetEval emotion (SemEval-2018 Task 1), train split" --meta "licence=research use only (SemEval-2018 Affect in Tweets)" \
  --out "$out/emotion-en.gwm"
"${gw[@]}" train-text --data "$data/emotion-zh-weibo-covid/labeledData.csv" --label label --text review --holdout 0.2 \
  --classes 0=fear,1=disgust,2=optimism,3=surprise,4=gratitude,5=sadness,6=anger \
  --meta "source=Weibo COVID-19 emotion set (Lyu et al., NLPCC 2020), 80% by text hash" --meta "licence=none stated; research use only" \
  --out "$out/emotion-zh.gwm"
"${gw[@]}" train-text --data "$data/hate-davidson/labeled_data.csv" --label class --text tweet --holdout 0.2 \
  --classes 0=hate,1=offensive,2=neither --meta "hostility.offensive=0.6" \
  --meta "source=Davidson et al. 2017 hate/offensive tweets, 80% by text hash" --meta "licence=MIT" \
  --out "$out/hostility-en.gwm"
"${gw[@]}" train-text --data "$data/offensive-zh-cold/dev.csv" --label label --text TEXT --holdout 0.2 \
  --classes 0=safe,1=offensive \
  --meta "source=COLD Chinese offensive language, dev split, 80% by text hash" --meta "licence=Apache-2.0" \
  --out "$out/hostility-zh.gwm"
if [ "${SKIP_ENCODER:-0}" != 1 ]; then
  tuner=tools/Graywatch.TextTuner
  dotnet build "$tuner" -c Release
  "$tuner/compat/prepare-libtorch.sh" "$tuner/bin/Release/net10.0"
  dotnet "$tuner/bin/Release/net10.0/graywatch-text-tuner.dll" tune --data "$te/train_text.txt" --labels "$te/train_labels.txt" \
    --classes 0=anger,1=joy,2=optimism,3=sadness --holdout 0.15 --epochs 5 --lr 8e-5 --batch 32 --max-length 64 --seed 13 --threads 2 \
    --meta "source=TweetEval emotion (SemEval-2018 Task 1), train split, 85% by text hash" \
    --meta "licence=research use only (SemEval-2018 Affect in Tweets); base model MIT" \
    --out "$out/emotion-en-encoder.gwe"
fi
ls -l "$out"
