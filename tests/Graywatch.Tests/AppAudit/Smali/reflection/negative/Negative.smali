.class public Lfixture/reflection/Negative;
.super Ljava/lang/Object;
.source "Negative.java"

.method public static collect(Ljava/lang/Object;)V
    .registers 6
    invoke-virtual {p0}, Ljava/lang/Class;->getName()Ljava/lang/String;
    return-void
.end method
