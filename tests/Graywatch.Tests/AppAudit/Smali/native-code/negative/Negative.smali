.class public Lfixture/nativecode/Negative;
.super Ljava/lang/Object;
.source "Negative.java"

.method public static collect(Ljava/lang/Object;)V
    .registers 6
    invoke-static {}, Ljava/lang/System;->currentTimeMillis()J
    return-void
.end method
