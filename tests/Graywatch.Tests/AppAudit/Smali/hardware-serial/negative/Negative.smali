.class public Lfixture/hardwareserial/Negative;
.super Ljava/lang/Object;
.source "Negative.java"

.method public static collect(Ljava/lang/Object;)V
    .registers 6
    sget-object v0, Landroid/os/Build;->MODEL:Ljava/lang/String;
    return-void
.end method
