using Graywatch.TextTuner;

return TunerCommands.Run(args);
