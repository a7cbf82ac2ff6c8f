.class public Lfixture/hardwareserial/ByGetSerial;
.super Ljava/lang/Object;
.source "ByGetSerial.java"

.method public static collect(Ljava/lang/Object;)V
    .registers 6
    invoke-static {}, Landroid/os/Build;->getSerial()Ljava/lang/String;
    return-void
.end method
