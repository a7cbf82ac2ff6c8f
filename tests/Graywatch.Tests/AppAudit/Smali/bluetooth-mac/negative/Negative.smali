.class public Lfixture/bluetoothmac/Negative;
.super Ljava/lang/Object;
.source "Negative.java"

.method public static collect(Ljava/lang/Object;)V
    .registers 6
    invoke-virtual {p0}, Landroid/bluetooth/BluetoothAdapter;->getName()Ljava/lang/String;
    return-void
.end method
