.class public Lfixture/hardwareserial/Positive;
.super Ljava/lang/Object;
.source "Positive.java"

.method public static collect(Ljava/lang/Object;)V
    .registers 6
    sget-object v0, Landroid/os/Build;->SERIAL:Ljava/lang/String;
    return-void
.end method
